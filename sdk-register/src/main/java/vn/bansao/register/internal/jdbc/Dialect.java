package vn.bansao.register.internal.jdbc;

/** The few places where H2 and PostgreSQL differ; the schema itself is the same. */
enum Dialect {
    H2,
    POSTGRESQL;

    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("Chỉ hỗ trợ H2 và PostgreSQL / only H2 and PostgreSQL are supported: " + jdbcUrl);
    }
}

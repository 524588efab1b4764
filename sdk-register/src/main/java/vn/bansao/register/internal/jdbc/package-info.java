/** H2 and PostgreSQL storage: schema migrations, the append lock, SQL error classification. */
package vn.bansao.register.internal.jdbc;

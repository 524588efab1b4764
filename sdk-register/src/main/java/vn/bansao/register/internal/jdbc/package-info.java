/**
 * H2 and PostgreSQL storage: Flyway schema migrations ({@code db/bansao/register*}) and the upgrade of registers
 * from before them, the HikariCP pool, the append lock, SQL error classification.
 */
package vn.bansao.register.internal.jdbc;

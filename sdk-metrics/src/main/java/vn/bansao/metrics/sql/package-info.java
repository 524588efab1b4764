/** SQL pushdown of the measure definitions (PostgreSQL; the query also runs on DuckDB). */
package vn.bansao.metrics.sql;

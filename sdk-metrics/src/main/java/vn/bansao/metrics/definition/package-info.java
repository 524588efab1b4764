/** Measures defined once: fields, conditions and measures, rendered to Java (internal) and SQL (sql). */
package vn.bansao.metrics.definition;

/** Where bytes become counts (CSV scanner, row parser, accumulator) and counts become indicators (ReportBuilder); not API. */
package vn.bansao.metrics.internal;

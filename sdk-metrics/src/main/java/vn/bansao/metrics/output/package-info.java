/** Writers: JSON, CSV, text summaries, PNG and SVG charts. */
package vn.bansao.metrics.output;

/** Benchmarks of the certified-copy builder (sdk-core) beside plain PDFBox. */
package vn.bansao.benchmarks.core;

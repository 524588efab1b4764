/** JMH benchmarks, each beside the plain DSS or PDFBox way of doing the same thing. */
package vn.bansao.benchmarks;

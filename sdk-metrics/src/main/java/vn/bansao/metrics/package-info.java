/** bansao metrics. */
package vn.bansao.metrics;

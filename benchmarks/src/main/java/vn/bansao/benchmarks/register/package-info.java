/** Benchmarks of the certification register: appends, whole-log verification, inclusion proofs. */
package vn.bansao.benchmarks.register;

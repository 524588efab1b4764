/** bansao testkit. */
package vn.bansao.testkit;

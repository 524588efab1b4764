/** bansao verify. */
package vn.bansao.verify;

/** bansao signing. */
package vn.bansao.signing;

/** bansao register. */
package vn.bansao.register;

/** bansao core. */
package vn.bansao.core;

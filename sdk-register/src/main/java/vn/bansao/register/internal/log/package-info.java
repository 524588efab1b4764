/** The log: leaf encoding, appending a leaf, folding rows into entries, verifying the whole log. */
package vn.bansao.register.internal.log;

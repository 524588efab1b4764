/** Where a certification number is allocated. */
package vn.bansao.register.internal.numbering;

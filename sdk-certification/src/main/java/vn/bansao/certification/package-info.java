/**
 * The certification desk's whole job in one place: allocate a number in the register, build the copy with it,
 * have the officer and the authority sign, and complete the register entry with the signed copy's hash.
 * The command line ({@code bansao certify}, {@code bansao demo}) and the portal example share it.
 */
package vn.bansao.certification;

/** Internals of bansao signing: not API, may change without notice. */
package vn.bansao.signing.internal;

/** Internals of the trust engine: chain building, leaf and TSA rules, revocation evidence and fetching. */
package vn.bansao.trust.internal;

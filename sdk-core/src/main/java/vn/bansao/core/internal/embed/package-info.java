/**
 * Where a page plan becomes a PDF image XObject: pass-through streams copied from the input with the
 * right image dictionary, or a lossless Flate re-encoding of the decoded samples.
 */
package vn.bansao.core.internal.embed;

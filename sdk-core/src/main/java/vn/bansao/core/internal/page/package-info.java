/**
 * Where the certification page is drawn: the statement in an embedded Vietnamese-complete font,
 * the QR code as vector rectangles, and the empty signature fields that signing fills.
 */
package vn.bansao.core.internal.page;

/**
 * Where a scan file becomes a page plan: header parsing of JPEG, PNG, TIFF, JPEG 2000 and PDF inputs,
 * limits against decompression bombs, DPI and orientation. Nothing here decodes pixels except to check
 * transparency of images that must be re-encoded anyway.
 */
package vn.bansao.core.internal.scan;

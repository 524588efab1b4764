/**
 * Where a scan file becomes a page plan: header parsing of JPEG, PNG, TIFF, JPEG 2000 and PDF inputs,
 * limits against decompression bombs, DPI and orientation; for a scanned PDF, the operator-by-operator reading
 * of each page that accepts it only when it draws raster images ({@link vn.bansao.core.internal.scan.ScanPageContent}).
 * Nothing here decodes pixels except to check transparency (of images that must be re-encoded anyway, and of a
 * scanned PDF image's soft mask).
 */
package vn.bansao.core.internal.scan;

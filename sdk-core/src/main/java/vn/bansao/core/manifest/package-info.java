/**
 * The embedded {@code manifest.json}: every scanned page's provenance (source name, media type, SHA-256,
 * pixel size, DPI, pass-through) and the scan digest carried by the QR code.
 *
 * <pre>{@code
 * Manifest m = CertifiedCopyReader.read(path).manifest();
 * }</pre>
 */
package vn.bansao.core.manifest;

/**
 * bansao core: builds the unsigned certified-copy package (PDF/A-3u) from scans and reads it back.
 *
 * <pre>{@code
 * CertifiedCopy.builder().scans(List.of(Path.of("p1.jpg"), Path.of("p2.tif"))).facts(facts).build()
 *     .writeTo(Path.of("copy.pdf"));
 * CertifiedCopyContents c = CertifiedCopyReader.read(Path.of("copy.pdf"));
 * }</pre>
 *
 * <p>Where things happen: {@code facts} (what the copy states, the statement template, facts.json),
 * {@code internal.scan} (a scan becomes a validated page plan: headers, limits, DPI, orientation),
 * {@code internal.embed} (a plan becomes an image XObject: pass-through or lossless Flate),
 * {@code internal.page} (the certification page: statement, QR, signature fields),
 * {@code internal.pdfa} (XMP, output intent, manifest.json), {@code internal.assemble} (one file),
 * {@code manifest} and {@code read} (what a copy says about its pages, read back for verification).
 * {@code codes} and {@code fee} hold the portal codes and the fee schedule.
 */
package vn.bansao.core;

/**
 * bansao signing: PAdES baseline signatures (B-B, B-T, B-LT, B-LTA) of certified copies and any PDF.
 *
 * <p>Entry points: {@link vn.bansao.signing.PadesSigner} (shared, thread-safe, pre-warmed),
 * {@link vn.bansao.signing.CertifiedCopySigning} (officer then authority), {@link vn.bansao.signing.RemoteSigning}
 * (two-step signing with a JSON session), {@link vn.bansao.signing.SigningKey} (PKCS#12, PKCS#11, in memory).
 * Failures are {@link vn.bansao.signing.SigningException} with a {@link vn.bansao.signing.SigningException.Cause}.
 *
 * <pre>{@code
 * PadesSigner signer = PadesSigner.builder().level(Level.B_LT).tsa(tsaUrl).trustAnchors(rootPem).build();
 * CertifiedCopySigning.signBoth(signer, in, out, officerKey, authorityKey);
 * }</pre>
 *
 * <p>Where things happen ({@code internal}): {@code PdfPreparer} gives the signature its place in the PDF (one
 * incremental update, appearance, DocMDP); {@code CmsBuilder} makes the CMS; {@code SigningEngine} runs
 * prepare → sign → complete; {@code CertificateChecker} decides whether the signer may sign now;
 * {@code Timestamper}, {@code OnlineSources} talk to the TSA, OCSP and CRL servers; {@code Augmenter} adds
 * the long-term validation data with DSS; {@code SessionCodec} protects remote-signing sessions.
 */
package vn.bansao.signing;

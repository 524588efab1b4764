/**
 * bansao verify: verification of certified copies received from other agencies.
 *
 * <p>Entry point: {@link vn.bansao.verify.CopyVerifier}. The package tree shows where things happen:
 * <ul>
 * <li>{@code internal.pdf} - where a file becomes revisions, signatures and classified changes;</li>
 * <li>{@code internal.cms} - where a CMS signature and its timestamps are verified;</li>
 * <li>{@code internal.trust} - fingerprints; chains, leaf/TSA rules and revocation are decided by the shared engine of {@code bansao-trust};</li>
 * <li>{@code internal.engine} - where a verdict is decided;</li>
 * <li>{@code internal.document} - where package metadata and scanned pages are read;</li>
 * <li>{@code internal.register} - where a copy is checked against its register;</li>
 * <li>{@code internal.report} - where reports become JSON, text or ETSI XML.</li>
 * </ul>
 *
 * <pre>{@code
 * CopyVerifier v = CopyVerifier.builder().trustAnchors(TrustAnchors.fromPaths(Path.of("trust"))).build();
 * VerificationReport r = v.verify(Path.of("copy.pdf"));
 * }</pre>
 */
package vn.bansao.verify;

/**
 * bansao testkit: what a test of an e-copy signer or validator needs, all real and on 127.0.0.1.
 *
 * <ul>
 *   <li>{@link vn.bansao.testkit.TestPki}: a throwaway PKI shaped like Vietnam's (root → issuing CA → officer,
 *       authority seal, TSA, OCSP responder) with live RFC 3161 / RFC 6960 / CRL servers;
 *       {@link vn.bansao.testkit.IdentitySpec} for extra and deliberately bad certificates;
 *       {@link vn.bansao.testkit.TestPkiExtension} for JUnit 5.</li>
 *   <li>{@link vn.bansao.testkit.SoftHsmToken}: the same keys inside a SoftHSM2 token, through SunPKCS11.</li>
 *   <li>{@link vn.bansao.testkit.SampleScans}: deterministic A4 scans (JPEG, PNG, TIFF G4).</li>
 *   <li>{@link vn.bansao.testkit.BansaoAssertions}: AssertJ checks of PDFs by independent tools (veraPDF, qpdf,
 *       poppler's pdfsig).</li>
 * </ul>
 *
 * <pre>{@code
 * try (TestPki pki = TestPki.start()) {
 *     Scan page = SampleScans.seed(42).a4Jpeg(300);
 *     // ... sign with pki.officer(), time-stamp at pki.tsaUrl() ...
 *     assertThatPdf(signed).pdfsigReportsAllValidAndTrusted(pki.root().certificate());
 * }
 * }</pre>
 */
package vn.bansao.testkit;

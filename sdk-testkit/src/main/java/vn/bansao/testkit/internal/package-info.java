/**
 * Internals of the testkit, not an API: certificate and CRL making ({@code CertificateMaker},
 * {@code CertificateAuthority}), the HTTP services ({@code ServiceHost} with {@code TsaHandler},
 * {@code OcspHandler}, {@code RepositoryHandler}), the on-disk form ({@code PkiFiles}), scan painting and encoding
 * ({@code ScanPainter}, {@code ScanEncoders}) and the external-tool runners ({@code ExternalTool}, {@code Qpdf},
 * {@code Pdfsig}, {@code VeraPdf}), each with a bounded run time.
 */
package vn.bansao.testkit.internal;

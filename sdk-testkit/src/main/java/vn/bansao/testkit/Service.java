package vn.bansao.testkit;

/**
 * The network services of a {@link TestPki}, each on its own 127.0.0.1 port so it can be taken down alone.
 *
 * <pre>{@code
 * pki.stop(Service.OCSP);   // connections to pki.ocspUrl() are now refused
 * pki.start(Service.OCSP);  // same port, same URL
 * }</pre>
 */
public enum Service {
    /** RFC 3161 time-stamping authority. */
    TSA,
    /** RFC 6960 OCSP responder (GET and POST). */
    OCSP,
    /** CRL download and the CA certificates named in the AIA caIssuers field. */
    CRL
}

/**
 * The portal's endpoints, each a few SDK calls: {@link vn.bansao.portal.internal.endpoints.CertifyEndpoint}
 * (where a number is allocated, a package built and signed), {@link
 * vn.bansao.portal.internal.endpoints.RemoteSigningEndpoints} (two-step signing with keys the server never
 * holds), {@link vn.bansao.portal.internal.endpoints.VerifyEndpoint} (where a received copy gets its verdict)
 * and {@link vn.bansao.portal.internal.endpoints.RegisterEndpoints} (lookups by number and by QR payload).
 */
package vn.bansao.portal.internal.endpoints;

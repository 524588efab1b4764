/**
 * The portal's controllers, each a few SDK calls: {@link vn.bansao.portal.internal.endpoints.CertifyController}
 * (where a number is allocated, a package built and signed), {@link
 * vn.bansao.portal.internal.endpoints.RemoteSigningController} (two-step signing with keys the server never
 * holds), {@link vn.bansao.portal.internal.endpoints.VerifyController} (where a received copy gets its verdict)
 * and {@link vn.bansao.portal.internal.endpoints.RegisterController} (lookups by number and by QR payload).
 */
package vn.bansao.portal.internal.endpoints;

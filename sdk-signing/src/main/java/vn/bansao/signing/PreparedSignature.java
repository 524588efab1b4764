package vn.bansao.signing;

import java.time.Instant;

/**
 * Step 1 of remote signing: what the remote signer must sign, and the session to hand back in step 2.
 *
 * <pre>{@code
 * PreparedSignature p = remote.prepare(pdf, officerChain, Role.OFFICER);
 * httpSession.store(p.session());            // or send it to the browser: it is MAC-protected
 * browser.sign(p.dataToBeSigned(), p.signatureAlgorithm());
 * }</pre>
 *
 * @param session            the JSON session (HMAC-protected, carries the prepared PDF), to pass to
 *                           {@link RemoteSigning#complete(String, byte[])}
 * @param dataToBeSigned     DER of the CMS signed attributes: sign these bytes with {@link #signatureAlgorithm()}
 * @param digestToSign       the {@link #hashAlgorithm()} digest of {@code dataToBeSigned}, for signers that take a hash
 *                           (for PKCS#1 v1.5 they must wrap it in a DigestInfo; for PSS/ECDSA sign it as a pre-hashed value)
 * @param documentDigest     the digest of the PDF byte range (the message-digest attribute), for signers that build their own CMS
 * @param hashAlgorithm      e.g. {@code SHA-256}
 * @param signatureAlgorithm JCA name, e.g. {@code RSASSA-PSS} (MGF1 with the same hash, salt = hash length),
 *                           {@code SHA256withRSA}, {@code SHA256withECDSA}
 * @param expiresAt          after this instant {@link RemoteSigning#complete} refuses the session
 */
public record PreparedSignature(String session, byte[] dataToBeSigned, byte[] digestToSign, byte[] documentDigest,
                                String hashAlgorithm, String signatureAlgorithm, Instant expiresAt) {
}

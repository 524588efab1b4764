package vn.bansao.signing;

/**
 * A signed PDF in memory with what was done to it.
 *
 * <pre>{@code
 * SignedPdf signed = signer.sign(pdfBytes, key, Role.AUTHORITY);
 * Files.write(out, signed.bytes());
 * }</pre>
 *
 * @param bytes  the whole signed PDF (original bytes plus incremental updates)
 * @param result the signature's facts
 */
public record SignedPdf(byte[] bytes, SigningResult result) {
}

package vn.bansao.signing.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.bansao.common.LocalizedText;
import vn.bansao.signing.HashAlgorithm;
import vn.bansao.signing.SigningException;
import vn.bansao.signing.SigningText;

/**
 * A PDF with its new signature dictionary written and {@code /Contents} still zero-filled, plus the
 * byte range. The CMS is later written into the placeholder in place: nothing is re-rendered.
 */
public record PreparedPdf(byte[] bytes, long[] byteRange, boolean certification) {

    /** Finds the byte range of the last signature dictionary written in the increment starting at {@code from}. */
    public static long[] findByteRange(byte[] pdf, int from) {
        byte[] key = "/ByteRange".getBytes(StandardCharsets.US_ASCII);
        int at = -1;
        outer:
        for (int i = pdf.length - key.length; i >= from; i--) {
            for (int j = 0; j < key.length; j++) {
                if (pdf[i + j] != key[j]) {
                    continue outer;
                }
            }
            at = i;
            break;
        }
        if (at < 0) {
            throw new IllegalStateException("no /ByteRange written");
        }
        long[] range = new long[4];
        int i = at + key.length;
        while (pdf[i] != '[') {
            i++;
        }
        i++;
        for (int n = 0; n < 4; n++) {
            while (pdf[i] == ' ') {
                i++;
            }
            long v = 0;
            while (pdf[i] >= '0' && pdf[i] <= '9') {
                v = v * 10 + (pdf[i] - '0');
                i++;
            }
            range[n] = v;
        }
        return range;
    }

    /** The digest over the two signed ranges. */
    public byte[] digest(HashAlgorithm hash) {
        try {
            MessageDigest md = MessageDigest.getInstance(hash.jcaName());
            md.update(bytes, (int) byteRange[0], (int) byteRange[1]);
            md.update(bytes, (int) byteRange[2], (int) byteRange[3]);
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Room for the CMS in bytes (the hex placeholder holds two characters per byte). */
    public int capacity() {
        return (int) ((byteRange[2] - byteRange[1] - 2) / 2);
    }

    /** The PDF with {@code cms} written into the placeholder, in place (the prepared bytes are used once). */
    public byte[] withSignature(byte[] cms) {
        if (cms.length > capacity()) {
            throw new SigningException(SigningException.Cause.IO_ERROR,
                    LocalizedText.of(SigningText.CMS_LARGER_THAN_RESERVED, cms.length, capacity()), null);
        }
        byte[] out = bytes;
        byte[] hex = HexFormat.of().withUpperCase().formatHex(cms).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(hex, 0, out, (int) byteRange[1] + 1, hex.length);
        return out;
    }
}

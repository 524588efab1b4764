package vn.bansao.verify.internal.pdf;

import java.util.Arrays;
import java.util.Optional;

/**
 * Strict checks of a signature's /ByteRange against the file, so that what the CMS signs is exactly a
 * complete earlier revision minus this signature's own /Contents:
 * <ol>
 * <li>four numbers, starting at 0, increasing, inside the file;</li>
 * <li>the gap is exactly the hexadecimal /Contents string of <em>this</em> signature dictionary (the
 *     dictionary's object, as the final cross-reference table locates it, encloses the gap) - this
 *     defeats signature wrapping and overlapping ranges;</li>
 * <li>the signed bytes end with {@code %%EOF}: they are a whole revision, so anything after them is an
 *     incremental update the revision diff must classify.</li>
 * </ol>
 *
 * <pre>{@code
 * Optional<String> problem = ByteRangeCheck.check(pdfBytes, signature, xrefOffsetOfItsDictionary);
 * }</pre>
 */
public final class ByteRangeCheck {

    private ByteRangeCheck() {
    }

    /** Empty when the ByteRange is sound, else the reason (English; the caller adds Vietnamese). */
    public static Optional<String> check(byte[] file, PdfSignature sig, Long objectOffset) {
        long[] br = sig.byteRange();
        if (br.length != 4) {
            return Optional.of("ByteRange has " + br.length + " numbers instead of 4");
        }
        long len = file.length;
        if (br[0] != 0 || br[1] <= 0 || br[2] <= br[1] || br[3] < 0 || br[2] > len || br[3] > len - br[2]) {
            return Optional.of("ByteRange " + Arrays.toString(br) + " is not inside the file of " + len + " bytes");
        }
        int gapStart = (int) br[1];
        int gapEnd = (int) br[2];
        if (file[gapStart] != '<' || file[gapEnd - 1] != '>') {
            return Optional.of("the ByteRange gap is not a hexadecimal string");
        }
        byte[] decoded = decodeHex(file, gapStart + 1, gapEnd - 1);
        if (decoded == null || !Arrays.equals(decoded, sig.contents())) {
            return Optional.of("the ByteRange gap is not this signature's /Contents");
        }
        if (!precededBy(file, gapStart, "/Contents")) {
            return Optional.of("the ByteRange gap is not the value of a /Contents key");
        }
        if (sig.key().isEmpty() || objectOffset == null || objectOffset <= 0) {
            return Optional.of("the signature dictionary is not an indirect object stored in the file body");
        }
        if (objectOffset >= gapStart || indexOf(file, "endobj", objectOffset.intValue(), gapStart) >= 0) {
            return Optional.of("the signature dictionary in force is not the one whose /Contents the ByteRange excludes");
        }
        int end = (int) (br[2] + br[3]);
        if (!endsWithEof(file, end)) {
            return Optional.of("the signed bytes do not end with %%EOF (not a complete revision)");
        }
        return Optional.empty();
    }

    static boolean endsWithEof(byte[] file, int end) {
        int i = end;
        int trimmed = 0;
        while (i > 0 && trimmed < 4 && (file[i - 1] == '\n' || file[i - 1] == '\r' || file[i - 1] == ' ')) {
            i--;
            trimmed++;
        }
        byte[] eof = "%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return i >= eof.length && Arrays.equals(file, i - eof.length, i, eof, 0, eof.length);
    }

    private static boolean precededBy(byte[] file, int pos, String token) {
        int i = pos;
        while (i > 0 && isWhite(file[i - 1])) {
            i--;
        }
        byte[] t = token.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return i >= t.length && Arrays.equals(file, i - t.length, i, t, 0, t.length);
    }

    private static boolean isWhite(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
    }

    public static int indexOf(byte[] file, String token, int from, int to) {
        return indexOf(file, token.getBytes(java.nio.charset.StandardCharsets.US_ASCII), from, to);
    }

    public static int indexOf(byte[] file, byte[] t, int from, int to) {
        outer:
        for (int i = Math.max(0, from); i <= to - t.length; i++) {
            for (int j = 0; j < t.length; j++) {
                if (file[i + j] != t[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] decodeHex(byte[] file, int from, int to) {
        byte[] out = new byte[(to - from) / 2 + 1];
        int n = 0;
        int hi = -1;
        for (int i = from; i < to; i++) {
            byte c = file[i];
            if (isWhite(c)) {
                continue;
            }
            int v = Character.digit(c, 16);
            if (v < 0) {
                return null;
            }
            if (hi < 0) {
                hi = v;
            } else {
                out[n++] = (byte) (hi << 4 | v);
                hi = -1;
            }
        }
        if (hi >= 0) {
            out[n++] = (byte) (hi << 4);
        }
        return Arrays.copyOf(out, n);
    }
}

package vn.bansao.verify.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * Decodes untrusted streams with a hard output cap. PDFBox's own decoding inflates a whole stream into
 * memory before anything can be refused, so a one-megabyte "bomb" could demand a gigabyte: here the
 * inflater stops as soon as the cap is passed. Only unfiltered and FlateDecode (no predictor) streams are
 * decoded, which is what validation data and XMP use in practice; anything else is not read.
 *
 * <pre>{@code
 * Optional<byte[]> xmp = BoundedStreams.decode(metadataStream, 4 << 20);
 * }</pre>
 */
public final class BoundedStreams {

    private static final byte[] STREAM = "stream".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private BoundedStreams() {
    }

    /** The decoded bytes, or empty when the stream is larger than {@code max} or uses another filter. */
    public static Optional<byte[]> decode(COSStream s, int max) {
        COSBase filter = Cos.deref(s.getItem(COSName.FILTER));
        if (filter instanceof COSArray a && a.size() == 1) {
            filter = Cos.deref(a.get(0));
        } else if (filter instanceof COSArray a && a.size() == 0) {
            filter = null;
        }
        boolean flate = COSName.FLATE_DECODE.equals(filter) || COSName.getPDFName("Fl").equals(filter);
        if (filter != null && !flate) {
            return Optional.empty();
        }
        if (flate && s.containsKey(COSName.DECODE_PARMS) && Cos.deref(s.getItem(COSName.DECODE_PARMS)) != null) {
            return Optional.empty();
        }
        try (InputStream raw = s.createRawInputStream();
             InputStream in = flate ? new InflaterInputStream(raw) : raw) {
            byte[] data = in.readNBytes(max + 1);
            return data.length > max ? Optional.empty() : Optional.of(data);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Checks, before PDFBox parses anything, that no object stream or cross-reference stream of the file
     * inflates beyond {@code max} bytes (PDFBox decodes those whole while parsing).
     *
     * @return empty when all are within the cap, else a description of the first offender
     */
    public static Optional<String> checkStructuralStreams(byte[] file, long max) {
        // one pass over the bytes: "/ObjStm" and "/XRef" both start with '/'
        for (int at = 0; at < file.length - 5; at++) {
            if (file[at] != '/') {
                continue;
            }
            String type;
            if (matches(file, at + 1, "ObjStm")) {
                type = "ObjStm";
            } else if (matches(file, at + 1, "XRef")) {
                type = "XRef";
            } else {
                continue;
            }
            int kw = ByteRangeCheck.indexOf(file, STREAM, at, Math.min(file.length, at + 8192));
            if (kw < 0) {
                continue;
            }
            int data = kw + 6;
            if (data < file.length && file[data] == '\r') {
                data++;
            }
            if (data < file.length && file[data] == '\n') {
                data++;
            }
            if (inflatedSize(file, data, max) > max) {
                return Optional.of(type + " stream at byte " + data + " inflates beyond " + max + " bytes");
            }
        }
        return Optional.empty();
    }

    private static boolean matches(byte[] file, int at, String token) {
        if (at + token.length() > file.length) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (file[at + i] != token.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static long inflatedSize(byte[] file, int from, long max) {
        Inflater inf = new Inflater();
        try {
            inf.setInput(file, from, file.length - from);
            byte[] buf = new byte[1 << 16];
            long total = 0;
            while (!inf.finished() && total <= max) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    break;
                }
                total += n;
            }
            return total;
        } catch (DataFormatException e) {
            return 0; // not deflated: PDFBox will not inflate it either
        } finally {
            inf.end();
        }
    }
}

package vn.bansao.verify.internal.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import vn.bansao.verify.internal.pdf.PdfLexer.Malformed;
import vn.bansao.verify.internal.pdf.PdfLexer.Name;
import vn.bansao.verify.internal.pdf.PdfLexer.Ref;

/**
 * Stream data located and decoded from the raw bytes for the structure check ({@link PdfLexer}'s dictionaries):
 * the extent comes from /Length and must end at {@code endstream}; decoding uses PDFBox's filters only as
 * decoders (no parsing) and stops at a byte cap, so a decompression bomb costs at most the cap.
 *
 * <pre>{@code
 * byte[] head = RawStreams.decode(file, dataStart, dict, end, lengths, 1 << 20); // at most 1 MiB of it
 * }</pre>
 */
final class RawStreams {

    private RawStreams() {
    }

    /** Thrown by the capped output when enough bytes were decoded. */
    private static final class Enough extends IOException {
        Enough() {
            super("cap reached", null);
        }
    }

    /** The end (exclusive) of the stream data starting at {@code dataStart}, checked against {@code endstream}. */
    static int dataEnd(byte[] f, int dataStart, Map<String, Object> dict, int limit, Function<Ref, Long> lengths)
            throws Malformed {
        Object len = dict.get("Length");
        Long n = len instanceof Long l ? l : len instanceof Ref r ? lengths.apply(r) : null;
        if (n == null || n < 0 || dataStart + n > limit) {
            throw new Malformed("stream at byte " + dataStart + " has no usable /Length");
        }
        int end = (int) (dataStart + n);
        PdfLexer lx = new PdfLexer(f, end, limit);
        if (!lx.keyword("endstream")) {
            throw new Malformed("stream at byte " + dataStart + ": /Length " + n + " does not end at endstream");
        }
        return end;
    }

    /**
     * The first {@code cap} decoded bytes (or all of them when shorter). Unknown filters and malformed data
     * throw {@link Malformed}.
     */
    static byte[] decode(byte[] f, int dataStart, int dataEnd, Map<String, Object> dict, int cap) throws Malformed {
        List<Object> filters = asList(dict.get("Filter"));
        List<Object> parms = asList(dict.get("DecodeParms"));
        byte[] data = java.util.Arrays.copyOfRange(f, dataStart, dataEnd);
        if (filters.size() > 4) {
            throw new Malformed("stream at byte " + dataStart + " has too many filters");
        }
        for (int i = 0; i < filters.size(); i++) {
            if (!(filters.get(i) instanceof Name name)) {
                throw new Malformed("stream at byte " + dataStart + ": filter is not a name");
            }
            COSDictionary params = new COSDictionary();
            params.setItem(COSName.FILTER, COSName.getPDFName(name.value()));
            if (i < parms.size() && parms.get(i) instanceof Map<?, ?> p) {
                params.setItem(COSName.DECODE_PARMS, cos(p, 0));
            }
            // intermediate stages are capped too; only the last one may stop early
            data = run(name.value(), data, params, i == filters.size() - 1 ? cap : (int) Revision.DECODE_LIMIT, dataStart);
        }
        return data.length > cap ? java.util.Arrays.copyOf(data, cap) : data;
    }

    private static byte[] run(String filterName, byte[] in, COSDictionary params, int cap, int at) throws Malformed {
        CappedOutput out = new CappedOutput(cap);
        try {
            Filter filter = FilterFactory.INSTANCE.getFilter(COSName.getPDFName(filterName));
            try (InputStream src = new ByteArrayInputStream(in)) {
                filter.decode(src, out, params, 0);
            }
        } catch (Enough enough) {
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            if (out.full()) {
                return out.toByteArray(); // the decoder wrapped the cap's signal
            }
            throw new Malformed("stream at byte " + at + " cannot be decoded with /" + filterName + ": " + e.getMessage());
        }
        return out.toByteArray();
    }

    private static List<Object> asList(Object o) {
        if (o == null || o == PdfLexer.NULL) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            return List.copyOf(l.stream().map(x -> (Object) x).toList());
        }
        return List.of(o);
    }

    private static COSBase cos(Object o, int depth) {
        if (depth > 8) {
            return COSNull.NULL;
        }
        if (o instanceof Long l) {
            return COSInteger.get(l);
        }
        if (o instanceof Double d) {
            return new COSFloat(d.floatValue());
        }
        if (o instanceof Name n) {
            return COSName.getPDFName(n.value());
        }
        if (o instanceof Map<?, ?> m) {
            COSDictionary d = new COSDictionary();
            m.forEach((k, v) -> d.setItem(COSName.getPDFName(String.valueOf(k)), cos(v, depth + 1)));
            return d;
        }
        if (o instanceof List<?> l) {
            COSArray a = new COSArray();
            l.forEach(v -> a.add(cos(v, depth + 1)));
            return a;
        }
        return COSNull.NULL;
    }

    /** Collects decoded bytes and stops the decoder once the cap is reached. */
    private static final class CappedOutput extends OutputStream {
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        private final int cap;

        CappedOutput(int cap) {
            this.cap = cap;
        }

        @Override
        public void write(int b) throws IOException {
            if (buf.size() >= cap) {
                throw new Enough();
            }
            buf.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int room = cap - buf.size();
            buf.write(b, off, Math.min(room, len));
            if (len >= room) {
                throw new Enough();
            }
        }

        boolean full() {
            return buf.size() >= cap;
        }

        byte[] toByteArray() {
            return buf.toByteArray();
        }
    }
}

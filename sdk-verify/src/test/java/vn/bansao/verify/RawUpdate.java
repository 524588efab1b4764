package vn.bansao.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A hand-written incremental update appended to a signed copy, byte for byte, for the parser-differential
 * forgeries (PDFBox's own saveIncremental never writes an ambiguous file). Objects are appended in order; the
 * classic cross-reference section lists what {@link #entry} says (by default every object at its offset).
 *
 * <pre>{@code
 * byte[] forged = new RawUpdate(signed).object(19, forgedContent).object(19, originalContent).finish();
 * }</pre>
 */
final class RawUpdate {

    private final byte[] base;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Map<Long, Long> entries = new LinkedHashMap<>();
    private final Map<Long, long[]> compressedEntries = new LinkedHashMap<>();
    private final long prevStartxref;
    private final String root;
    private final String info;
    private final long size;

    RawUpdate(byte[] base) throws IOException {
        this.base = base;
        out.writeBytes(base);
        if (base[base.length - 1] != '\n') {
            write("\n");
        }
        Matcher m = Pattern.compile("startxref\\s+(\\d+)").matcher(new String(base, Math.max(0, base.length - 2048), Math.min(2048, base.length), StandardCharsets.ISO_8859_1));
        long last = -1;
        while (m.find()) {
            last = Long.parseLong(m.group(1));
        }
        prevStartxref = last;
        try (PDDocument doc = Loader.loadPDF(base)) {
            COSDictionary t = doc.getDocument().getTrailer();
            root = ref(t.getItem(COSName.ROOT));
            info = ref(t.getItem(COSName.INFO));
            size = t.getLong(COSName.SIZE);
        }
    }

    private static String ref(COSBase b) {
        return b instanceof COSObject o ? o.getObjectNumber() + " " + o.getGenerationNumber() + " R" : null;
    }

    long size() {
        return size;
    }

    /** The offset the next appended byte will have. */
    long offset() {
        return out.size();
    }

    private void write(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** {@code num 0 obj body endobj}, listed in the cross-reference section at its offset. */
    RawUpdate object(long num, String body) {
        entries.put(num, offset());
        write(num + " 0 obj\n" + body + "\nendobj\n");
        return this;
    }

    /** A stream object with the given dictionary entries (without /Length) and data. */
    RawUpdate stream(long num, String dictEntries, byte[] data) {
        entries.put(num, offset());
        write(num + " 0 obj\n<< " + dictEntries + " /Length " + data.length + " >>\nstream\n");
        out.writeBytes(data);
        write("\nendstream\nendobj\n");
        return this;
    }

    /** Bytes written as they are, listed nowhere. */
    RawUpdate raw(String text) {
        write(text);
        return this;
    }

    /** Forces the cross-reference entry of {@code num} (type 1) to {@code offset}. */
    RawUpdate entry(long num, long offset) {
        entries.put(num, offset);
        return this;
    }

    /** The update with a correct startxref and /Prev. */
    byte[] finish() {
        return finish(null);
    }

    /** The update whose startxref is {@code startxref} instead of the section's offset (null: correct). */
    byte[] finish(Long startxref) {
        long xref = offset();
        StringBuilder b = new StringBuilder("xref\n0 1\n0000000000 65535 f \n");
        long max = size;
        for (Map.Entry<Long, Long> e : entries.entrySet()) {
            b.append(e.getKey()).append(" 1\n").append(String.format("%010d 00000 n \n", e.getValue()));
            max = Math.max(max, e.getKey() + 1);
        }
        b.append("trailer\n<< /Size ").append(max).append(" /Root ").append(root);
        if (info != null) {
            b.append(" /Info ").append(info);
        }
        b.append(" /Prev ").append(prevStartxref).append(" >>\nstartxref\n")
                .append(startxref == null ? xref : startxref).append("\n%%EOF\n");
        write(b.toString());
        return out.toByteArray();
    }

    /** Object {@code num} stored at {@code index} of object stream {@code stm} (needs {@link #finishXrefStream}). */
    RawUpdate compressed(long num, long stm, int index) {
        compressedEntries.put(num, new long[] {stm, index});
        return this;
    }

    /** The update closed by a cross-reference stream (type 1 and type 2 entries), correct startxref and /Prev. */
    byte[] finishXrefStream() {
        long self = size;
        for (long n : entries.keySet()) {
            self = Math.max(self, n + 1);
        }
        for (long n : compressedEntries.keySet()) {
            self = Math.max(self, n + 1);
        }
        long xref = offset();
        Map<Long, long[]> rows = new java.util.TreeMap<>();
        entries.forEach((n, off) -> rows.put(n, new long[] {1, off, 0}));
        compressedEntries.forEach((n, c) -> rows.put(n, new long[] {2, c[0], c[1]}));
        rows.put(self, new long[] {1, xref, 0});
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        StringBuilder index = new StringBuilder();
        for (Map.Entry<Long, long[]> e : rows.entrySet()) {
            index.append(e.getKey()).append(" 1 ");
            long[] r = e.getValue();
            data.write((int) r[0]);
            for (int shift = 24; shift >= 0; shift -= 8) {
                data.write((int) (r[1] >>> shift));
            }
            data.write((int) (r[2] >>> 8));
            data.write((int) r[2]);
        }
        byte[] d = data.toByteArray();
        write(self + " 0 obj\n<< /Type /XRef /Size " + (self + 1) + " /Root " + root + (info != null ? " /Info " + info : "")
                + " /Prev " + prevStartxref + " /W [1 4 2] /Index [" + index.toString().strip() + "] /Length " + d.length
                + " >>\nstream\n");
        out.writeBytes(d);
        write("\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    byte[] base() {
        return base;
    }
}

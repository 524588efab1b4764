package vn.bansao.verify.internal.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.bansao.verify.internal.pdf.PdfLexer.Malformed;
import vn.bansao.verify.internal.pdf.PdfLexer.Name;
import vn.bansao.verify.internal.pdf.PdfLexer.Ref;

/**
 * One cross-reference section exactly as the file writes it at a given offset: a classic {@code xref} table
 * with its {@code trailer}, or a cross-reference stream (ISO 32000-1 7.5.4, 7.5.8). Read without any repair:
 * if the bytes at the offset are not a section, {@link #read} throws and the caller knows a lenient reader
 * (PDFBox, qpdf, poppler each in its own way) would have rebuilt the table by scanning the file.
 *
 * <pre>{@code
 * XrefSection s = XrefSection.read(file, startxref, file.length, r -> null);
 * s.entries().get(12L); s.prev();
 * }</pre>
 *
 * @param offset      where the section starts
 * @param stream      true for a cross-reference stream
 * @param entries     by object number: what this section says about it
 * @param trailer     the trailer dictionary (or the stream's dictionary)
 * @param duplicates  object numbers this section lists more than once
 */
record XrefSection(long offset, boolean stream, Map<Long, Entry> entries, Map<String, Object> trailer,
                   List<Long> duplicates) {

    /** Entries of one section at most (real files hold far fewer objects; bounds the memory a hostile table costs). */
    static final int MAX_ENTRIES = 4_000_000;

    /**
     * One entry: type 0 free, type 1 in use at byte {@code field2} with generation {@code field3}, type 2
     * compressed in object stream {@code field2} at index {@code field3}.
     */
    record Entry(int type, long field2, long field3) {
    }

    Long prev() {
        return trailer.get("Prev") instanceof Long l ? l : null;
    }

    /** A hybrid file's cross-reference stream offset (ISO 32000-1 7.5.8.4). */
    Long xrefStm() {
        return trailer.get("XRefStm") instanceof Long l ? l : null;
    }

    static XrefSection read(byte[] f, long offset, int limit, Function<Ref, Long> lengths) throws Malformed {
        if (offset < 0 || offset >= limit) {
            throw new Malformed("offset " + offset + " is outside the revision");
        }
        PdfLexer lx = new PdfLexer(f, (int) offset, limit);
        if (lx.keyword("xref")) {
            return table(f, offset, lx);
        }
        return stream(f, offset, limit, lx, lengths);
    }

    private static XrefSection table(byte[] f, long offset, PdfLexer lx) throws Malformed {
        Map<Long, Entry> entries = new LinkedHashMap<>();
        List<Long> dups = new ArrayList<>();
        while (!lx.keyword("trailer")) {
            long start = lx.unsigned();
            long count = lx.unsigned();
            if (count > MAX_ENTRIES - entries.size() || start > Integer.MAX_VALUE) {
                throw new Malformed("cross-reference subsection too large at byte " + lx.position());
            }
            for (long i = 0; i < count; i++) {
                long off = lx.unsigned();
                long gen = lx.unsigned();
                int type;
                if (lx.keyword("n")) {
                    type = 1;
                } else if (lx.keyword("f")) {
                    type = 0;
                } else {
                    throw new Malformed("cross-reference entry without n or f at byte " + lx.position());
                }
                put(entries, dups, start + i, new Entry(type, off, gen));
            }
        }
        Object trailer = lx.object();
        if (!(trailer instanceof Map<?, ?> t)) {
            throw new Malformed("trailer is not a dictionary");
        }
        return new XrefSection(offset, false, entries, dict(t), dups);
    }

    private static XrefSection stream(byte[] f, long offset, int limit, PdfLexer lx, Function<Ref, Long> lengths)
            throws Malformed {
        lx.objectHeader();
        Object o = lx.object();
        if (!(o instanceof Map<?, ?> m) || !(m.get("Type") instanceof Name type) || !"XRef".equals(type.value())) {
            throw new Malformed("neither an xref table nor a cross-reference stream at byte " + offset);
        }
        Map<String, Object> d = dict(m);
        int data = lx.streamData();
        int end = RawStreams.dataEnd(f, data, d, limit, lengths);
        List<Long> w = longs(d.get("W"));
        long size = d.get("Size") instanceof Long l ? l : -1;
        if (w.size() != 3 || size < 0 || w.stream().anyMatch(x -> x < 0 || x > 8)) {
            throw new Malformed("cross-reference stream at byte " + offset + " has a bad /W or /Size");
        }
        List<Long> index = d.containsKey("Index") ? longs(d.get("Index")) : List.of(0L, size);
        if (index.size() % 2 != 0) {
            throw new Malformed("cross-reference stream at byte " + offset + " has a bad /Index");
        }
        int row = (int) (w.get(0) + w.get(1) + w.get(2));
        long rows = 0;
        for (int i = 1; i < index.size(); i += 2) {
            rows += index.get(i);
        }
        if (row == 0 || rows > MAX_ENTRIES) {
            throw new Malformed("cross-reference stream at byte " + offset + " is too large");
        }
        byte[] raw = RawStreams.decode(f, data, end, d, (int) Math.min(Revision.DECODE_LIMIT, rows * row));
        if (raw.length < rows * row) {
            throw new Malformed("cross-reference stream at byte " + offset + " holds fewer rows than its /Index says");
        }
        Map<Long, Entry> entries = new LinkedHashMap<>();
        List<Long> dups = new ArrayList<>();
        int p = 0;
        for (int i = 0; i + 1 < index.size(); i += 2) {
            for (long k = 0; k < index.get(i + 1); k++) {
                long t = w.get(0) == 0 ? 1 : field(raw, p, w.get(0).intValue());
                long f2 = field(raw, p + w.get(0).intValue(), w.get(1).intValue());
                long f3 = field(raw, p + w.get(0).intValue() + w.get(1).intValue(), w.get(2).intValue());
                p += row;
                put(entries, dups, index.get(i) + k, new Entry((int) Math.min(t, 3), f2, f3));
            }
        }
        return new XrefSection(offset, true, entries, d, dups);
    }

    private static void put(Map<Long, Entry> entries, List<Long> dups, long num, Entry e) {
        if (entries.put(num, e) != null && dups.size() < 16) {
            dups.add(num);
        }
    }

    private static long field(byte[] raw, int at, int width) {
        long v = 0;
        for (int i = 0; i < width; i++) {
            v = v << 8 | (raw[at + i] & 0xff);
        }
        return v;
    }

    private static List<Long> longs(Object o) throws Malformed {
        if (!(o instanceof List<?> l)) {
            throw new Malformed("array of integers expected");
        }
        List<Long> out = new ArrayList<>();
        for (Object x : l) {
            if (!(x instanceof Long v)) {
                throw new Malformed("array of integers expected");
            }
            out.add(v);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> dict(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}

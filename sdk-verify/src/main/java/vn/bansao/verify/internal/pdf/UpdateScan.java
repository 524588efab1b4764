package vn.bansao.verify.internal.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.bansao.verify.internal.pdf.PdfLexer.Malformed;
import vn.bansao.verify.internal.pdf.PdfLexer.Name;
import vn.bansao.verify.internal.pdf.PdfLexer.Ref;

/**
 * What a byte range of the file literally contains, read front to back the way a reader that rebuilds a
 * broken cross-reference table would: every {@code N G obj} definition (its dictionary parsed, its stream data
 * skipped), every {@code startxref} and every {@code %%EOF}. One linear pass; object values are bounded by
 * {@link PdfLexer}.
 *
 * <pre>{@code
 * UpdateScan scan = UpdateScan.of(file, signedEnd, file.length);
 * scan.definitions(); scan.eofEnds(); scan.startxrefs();
 * }</pre>
 */
final class UpdateScan {

    /**
     * An object written in the scanned bytes.
     *
     * @param offset where its header starts
     * @param type   its dictionary's /Type (empty when none)
     * @param dict   its dictionary (empty when it is not a dictionary or stream)
     * @param data   first byte of its stream data, or -1
     */
    record Definition(long num, int gen, int offset, String type, Map<String, Object> dict, int data) {
    }

    /** A {@code startxref} keyword at {@code at} and the offset it gives ({@code -1} when unreadable). */
    record StartXref(int at, long value) {
    }

    /** Definitions, markers kept at most (a sound update after a signature holds a few hundred objects). */
    static final int MAX_ITEMS = 1_000_000;

    private final List<Definition> definitions = new ArrayList<>();
    private boolean overflow;
    private final List<Integer> eofEnds = new ArrayList<>();
    private final List<StartXref> startxrefs = new ArrayList<>();

    private UpdateScan() {
    }

    /** True when the bytes hold more than {@link #MAX_ITEMS} definitions or markers (the rest was not kept). */
    boolean overflow() {
        return overflow;
    }

    List<Definition> definitions() {
        return definitions;
    }

    /** Offsets just after each {@code %%EOF} marker (and its end of line). */
    List<Integer> eofEnds() {
        return eofEnds;
    }

    List<StartXref> startxrefs() {
        return startxrefs;
    }

    static UpdateScan of(byte[] f, int from, int to) {
        UpdateScan s = new UpdateScan();
        int i = from;
        while (i < to) {
            byte c = f[i];
            if (c == '%' && matches(f, i, to, "%%EOF")) {
                int end = i + 5;
                if (end < to && f[end] == '\r') {
                    end++;
                }
                if (end < to && f[end] == '\n') {
                    end++;
                }
                if (s.eofEnds.size() < MAX_ITEMS) {
                    s.eofEnds.add(end);
                } else {
                    s.overflow = true;
                }
                i = end;
                continue;
            }
            if (c == 's' && matches(f, i, to, "startxref") && (i == from || !PdfLexer.isRegular(f[i - 1]))) {
                PdfLexer lx = new PdfLexer(f, i + 9, to);
                long v;
                try {
                    v = lx.unsigned();
                } catch (Malformed e) {
                    v = -1;
                }
                if (s.startxrefs.size() < MAX_ITEMS) {
                    s.startxrefs.add(new StartXref(i, v));
                } else {
                    s.overflow = true;
                }
                i = Math.max(i + 9, lx.position());
                continue;
            }
            if (c == 'o' && i + 3 <= to && f[i + 1] == 'b' && f[i + 2] == 'j' && (i + 3 == to || !PdfLexer.isRegular(f[i + 3]))) {
                int next = s.definitionAt(f, from, to, i);
                i = Math.max(i + 3, next);
                continue;
            }
            i++;
        }
        return s;
    }

    /** Reads the definition whose {@code obj} keyword is at {@code kw}; returns where to continue scanning. */
    private int definitionAt(byte[] f, int floor, int to, int kw) {
        // backwards: white space, generation digits, white space, object number digits, a delimiter
        int j = kw - 1;
        int ws1 = PdfLexer.skipWhiteBackwards(f, j, floor);
        int genStart = PdfLexer.skipDigitsBackwards(f, ws1, floor);
        int ws2 = PdfLexer.skipWhiteBackwards(f, genStart, floor);
        int numStart = PdfLexer.skipDigitsBackwards(f, ws2, floor);
        if (ws1 == j || genStart == ws1 || ws2 == genStart || numStart == ws2
                || (numStart >= floor && PdfLexer.isRegular(f[numStart])) || ws2 - numStart > 10 || ws1 - genStart > 5) {
            return kw + 3;
        }
        int header = numStart + 1;
        PdfLexer lx = new PdfLexer(f, header, to);
        Ref ref;
        try {
            ref = lx.objectHeader();
        } catch (Malformed e) {
            return kw + 3;
        }
        Map<String, Object> dict = Map.of();
        String type = "";
        int data = -1;
        int after = lx.position();
        try {
            Object value = lx.object();
            after = lx.position();
            if (value instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> d = (Map<String, Object>) m;
                dict = d;
                type = d.get("Type") instanceof Name n ? n.value() : "";
                int save = lx.position();
                if (lx.keyword("stream")) {
                    lx = new PdfLexer(f, save, to);
                    data = lx.streamData();
                    after = skipStreamData(f, data, d, to);
                }
            }
        } catch (Malformed e) {
            // a definition whose value cannot be read: still a definition
        }
        if (definitions.size() < MAX_ITEMS) {
            definitions.add(new Definition(ref.num(), ref.gen(), header, type, dict, data));
        } else {
            overflow = true;
        }
        return after;
    }

    /** End of the stream data: by a direct /Length that lands on endstream, else at the next endstream. */
    private static int skipStreamData(byte[] f, int data, Map<String, Object> d, int to) {
        try {
            int end = RawStreams.dataEnd(f, data, d, to, r -> null);
            return end;
        } catch (Malformed e) {
            int end = ByteRangeCheck.indexOf(f, "endstream", data, to);
            return end < 0 ? to : end;
        }
    }

    private static boolean matches(byte[] f, int at, int to, String token) {
        if (at + token.length() > to) {
            return false;
        }
        for (int k = 0; k < token.length(); k++) {
            if (f[at + k] != token.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}

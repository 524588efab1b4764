package vn.bansao.verify.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict reader of PDF objects straight from the file's bytes (ISO 32000-1 7.2-7.3), independent of
 * PDFBox: the structure check must read the cross-reference data the way the file literally writes it, not
 * the way a lenient parser repairs it. Values are plain Java: {@code Map<String, Object>} for dictionaries
 * (keys without the slash), {@code List<Object>} for arrays, {@link Long}/{@link Double}, {@link Name},
 * {@link Ref}, {@code byte[]} for strings, {@link Boolean}, {@link #NULL}. Nesting and sizes are bounded; a
 * malformed token throws {@link Malformed}.
 *
 * <pre>{@code
 * PdfLexer lx = new PdfLexer(file, offset, file.length);
 * if (lx.keyword("xref")) { ... } else { Ref header = lx.objectHeader(); Object dict = lx.object(); }
 * }</pre>
 */
public final class PdfLexer {

    /** The PDF null object. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** An indirect reference {@code num gen R}, or an object header {@code num gen obj}. */
    record Ref(long num, int gen) {
        @Override
        public String toString() {
            return num + " " + gen;
        }
    }

    /** A name object, without the slash. */
    record Name(String value) {
    }

    /** The bytes at the position are not what the syntax requires. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private static final int MAX_DEPTH = 32;
    private static final int MAX_ITEMS = 1 << 16;

    private final byte[] b;
    private final int limit;
    private int pos;

    PdfLexer(byte[] b, int pos, int limit) {
        this.b = b;
        this.pos = Math.max(0, pos);
        this.limit = Math.min(limit, b.length);
    }

    int position() {
        return pos;
    }

    public static boolean isWhite(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
    }

    public static boolean isDelimiter(byte c) {
        return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}'
                || c == '/' || c == '%';
    }

    /** Skips white space and comments. */
    void skipWhite() {
        while (pos < limit) {
            byte c = b[pos];
            if (isWhite(c)) {
                pos++;
            } else if (c == '%') {
                while (pos < limit && b[pos] != '\n' && b[pos] != '\r') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    /** Consumes {@code word} when it is the next token (followed by a delimiter, white space or the end). */
    boolean keyword(String word) {
        skipWhite();
        int n = word.length();
        if (pos + n > limit) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (b[pos + i] != word.charAt(i)) {
                return false;
            }
        }
        if (pos + n < limit && isRegular(b[pos + n])) {
            return false;
        }
        pos += n;
        return true;
    }

    /** A non-negative integer token. */
    long unsigned() throws Malformed {
        skipWhite();
        int start = pos;
        long v = 0;
        while (pos < limit && b[pos] >= '0' && b[pos] <= '9' && pos - start < 19) {
            v = v * 10 + (b[pos] - '0');
            pos++;
        }
        if (pos == start || (pos < limit && isRegular(b[pos]))) {
            throw new Malformed("integer expected at byte " + start);
        }
        return v;
    }

    /** {@code num gen obj}. */
    Ref objectHeader() throws Malformed {
        long num = unsigned();
        long gen = unsigned();
        if (gen > 65535 || !keyword("obj")) {
            throw new Malformed("object header expected at byte " + pos);
        }
        return new Ref(num, (int) gen);
    }

    /** The next object (a reference {@code n g R} is read as a {@link Ref}). */
    Object object() throws Malformed {
        return object(0);
    }

    private Object object(int depth) throws Malformed {
        if (depth > MAX_DEPTH) {
            throw new Malformed("objects nested too deeply at byte " + pos);
        }
        skipWhite();
        if (pos >= limit) {
            throw new Malformed("unexpected end of data");
        }
        byte c = b[pos];
        if (c == '<' && pos + 1 < limit && b[pos + 1] == '<') {
            pos += 2;
            Map<String, Object> d = new LinkedHashMap<>();
            while (true) {
                skipWhite();
                if (pos + 1 < limit && b[pos] == '>' && b[pos + 1] == '>') {
                    pos += 2;
                    return d;
                }
                Object key = object(depth + 1);
                if (!(key instanceof Name n)) {
                    throw new Malformed("dictionary key expected at byte " + pos);
                }
                Object value = object(depth + 1);
                if (d.size() >= MAX_ITEMS) {
                    throw new Malformed("dictionary too large");
                }
                d.put(n.value(), value);
            }
        }
        if (c == '[') {
            pos++;
            List<Object> a = new ArrayList<>();
            while (true) {
                skipWhite();
                if (pos < limit && b[pos] == ']') {
                    pos++;
                    return a;
                }
                if (a.size() >= MAX_ITEMS) {
                    throw new Malformed("array too large");
                }
                a.add(object(depth + 1));
            }
        }
        if (c == '/') {
            int start = ++pos;
            while (pos < limit && isRegular(b[pos])) {
                pos++;
            }
            return new Name(new String(b, start, pos - start, StandardCharsets.ISO_8859_1));
        }
        if (c == '(') {
            return literalString();
        }
        if (c == '<') {
            return hexString();
        }
        if (c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9')) {
            return number();
        }
        if (keyword("true")) {
            return Boolean.TRUE;
        }
        if (keyword("false")) {
            return Boolean.FALSE;
        }
        if (keyword("null")) {
            return NULL;
        }
        throw new Malformed("unexpected byte '" + (char) c + "' at byte " + pos);
    }

    private Object number() throws Malformed {
        int start = pos;
        while (pos < limit && (b[pos] == '+' || b[pos] == '-' || b[pos] == '.' || (b[pos] >= '0' && b[pos] <= '9'))) {
            pos++;
        }
        String t = new String(b, start, pos - start, StandardCharsets.ISO_8859_1);
        if (t.length() > 40) {
            throw new Malformed("number too long at byte " + start);
        }
        if (t.matches("\\d{1,18}")) {
            long v = Long.parseLong(t);
            // "n g R": an indirect reference
            int save = pos;
            try {
                long gen = unsigned();
                if (gen <= 65535 && keyword("R")) {
                    return new Ref(v, (int) gen);
                }
            } catch (Malformed notARef) {
                // a plain number
            }
            pos = save;
            return v;
        }
        try {
            return t.matches("[+-]?\\d{1,18}") ? (Object) Long.parseLong(t) : (Object) Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new Malformed("bad number '" + t + "' at byte " + start);
        }
    }

    private byte[] literalString() throws Malformed {
        int start = pos++;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int nesting = 1;
        while (pos < limit) {
            byte c = b[pos++];
            if (c == '\\' && pos < limit) {
                out.write(b[pos++]); // escapes kept loosely: only the extent of the string matters here
            } else if (c == '(') {
                nesting++;
                out.write(c);
            } else if (c == ')') {
                if (--nesting == 0) {
                    return out.toByteArray();
                }
                out.write(c);
            } else {
                out.write(c);
            }
        }
        throw new Malformed("unterminated string at byte " + start);
    }

    private byte[] hexString() throws Malformed {
        int start = pos++;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int hi = -1;
        while (pos < limit) {
            byte c = b[pos++];
            if (c == '>') {
                if (hi >= 0) {
                    out.write(hi << 4);
                }
                return out.toByteArray();
            }
            if (isWhite(c)) {
                continue;
            }
            int v = Character.digit(c, 16);
            if (v < 0) {
                throw new Malformed("bad hexadecimal string at byte " + start);
            }
            if (hi < 0) {
                hi = v;
            } else {
                out.write(hi << 4 | v);
                hi = -1;
            }
        }
        throw new Malformed("unterminated hexadecimal string at byte " + start);
    }

    /**
     * After a stream dictionary: the keyword {@code stream} and its end of line (CRLF or LF, ISO 32000-1
     * 7.3.8.1); returns the offset of the first data byte.
     */
    int streamData() throws Malformed {
        if (!keyword("stream")) {
            throw new Malformed("keyword stream expected at byte " + pos);
        }
        if (pos < limit && b[pos] == '\r') {
            pos++;
        }
        if (pos < limit && b[pos] == '\n') {
            pos++;
        }
        return pos;
    }

    /** A byte that belongs to a keyword or number (neither white space nor a delimiter). */
    public static boolean isRegular(byte b) {
        return !isWhite(b) && !isDelimiter(b);
    }

    /** Index of the last non-white byte at or before {@code i}, moving left, not below {@code floor} - 1. */
    public static int skipWhiteBackwards(byte[] f, int i, int floor) {
        while (i >= floor && isWhite(f[i])) {
            i--;
        }
        return i;
    }

    /** Index of the last non-digit byte at or before {@code i}, moving left, not below {@code floor} - 1. */
    public static int skipDigitsBackwards(byte[] f, int i, int floor) {
        while (i >= floor && f[i] >= '0' && f[i] <= '9') {
            i--;
        }
        return i;
    }
}

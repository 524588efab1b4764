package vn.bansao.metrics.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads text lines like {@code BufferedReader.readLine}, but never holds more than {@code max} characters of
 * one line: a longer line comes back as {@link #TOO_LONG} (its rest skipped), so hostile input cannot
 * exhaust memory. Line ends: LF, CRLF or CR. A read error is thrown by the call for the line it occurs in (with a
 * {@link StrictUtf8Reader}, the line holding the first byte that is not UTF-8), so callers can name that line.
 */
public final class BoundedLines {

    /** Returned for a line longer than the limit. */
    public static final String TOO_LONG = "\u0000too long";

    private final Reader in;
    private final int max;
    private final StringBuilder line = new StringBuilder();
    private int pending = -2;
    /** A read error met while looking past a CR: it belongs to the next line, so it is thrown by the next call. */
    private IOException pendingError;

    public BoundedLines(Reader in, int max) {
        this.in = in;
        this.max = max;
    }

    /** The next line, {@link #TOO_LONG}, or null at the end. */
    public String next() throws IOException {
        if (pendingError != null) {
            IOException e = pendingError;
            pendingError = null;
            throw e;
        }
        line.setLength(0);
        boolean tooLong = false;
        int c = pending != -2 ? pending : in.read();
        pending = -2;
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n' && c != '\r') {
            if (line.length() < max) {
                line.append((char) c);
            } else {
                tooLong = true;
            }
            c = in.read();
        }
        if (c == '\r') {
            try {
                int d = in.read();
                if (d != '\n') {
                    pending = d;
                }
            } catch (IOException e) {
                pendingError = e;
            }
        }
        return tooLong ? TOO_LONG : line.toString();
    }
}

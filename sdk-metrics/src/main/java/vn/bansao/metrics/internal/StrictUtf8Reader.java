package vn.bansao.metrics.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text that is refused at the first byte that is not UTF-8 — but only after every character before it was
 * delivered. ({@code Files.newBufferedReader} throws as soon as its read-ahead meets the bad byte, thousands of
 * characters early, so a reader counting lines could not say on which line the file is broken.)
 *
 * <pre>{@code
 * BoundedLines in = new BoundedLines(new StrictUtf8Reader(Files.newInputStream(file)), 64 * 1024);
 * }</pre>
 */
public final class StrictUtf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private final CharBuffer chars = CharBuffer.allocate(8192).flip();
    private boolean eof;
    private CoderResult error;

    public StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(len, chars.remaining());
        chars.get(buf, off, n);
        return n;
    }

    /** Decodes more characters; false at the end. A malformed sequence is thrown once what precedes it was read. */
    private boolean fill() throws IOException {
        if (error != null) {
            error.throwException();
        }
        chars.clear();
        while (chars.position() == 0) {
            CoderResult r = decoder.decode(bytes, chars, eof);
            if (r.isError()) {
                error = r;
                if (chars.position() == 0) {
                    r.throwException();
                }
                break;
            }
            if (r.isOverflow() || eof) {
                break;
            }
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        chars.flip();
        return chars.hasRemaining();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

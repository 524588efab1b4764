package vn.bansao.core.internal.scan;

import java.io.EOFException;
import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessRead;

/** Bounds-checked big/little-endian reads over an input; running off the end is an {@link EOFException}. */
final class Input {

    private final RandomAccessRead in;
    private final long length;

    Input(RandomAccessRead in) throws IOException {
        this.in = in;
        this.length = in.length();
    }

    long length() {
        return length;
    }

    long position() throws IOException {
        return in.getPosition();
    }

    void seek(long pos) throws IOException {
        if (pos < 0 || pos > length) {
            throw new EOFException("seek beyond end: " + pos);
        }
        in.seek(pos);
    }

    int u8() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException();
        }
        return b;
    }

    int u16be() throws IOException {
        return (u8() << 8) | u8();
    }

    long u32be() throws IOException {
        return ((long) u16be() << 16) | u16be();
    }

    byte[] bytes(int n) throws IOException {
        if (n < 0 || position() + n > length) {
            throw new EOFException("need " + n + " bytes at " + position());
        }
        byte[] b = new byte[n];
        int off = 0;
        while (off < n) {
            int r = in.read(b, off, n - off);
            if (r <= 0) {
                throw new EOFException();
            }
            off += r;
        }
        return b;
    }

    void skip(long n) throws IOException {
        seek(position() + n);
    }
}

package vn.bansao.verify;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/** Writes small hand-made PDFs (with a correct classic xref) for malformed-input tests. */
final class RawPdf {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<Integer> offsets = new ArrayList<>();

    RawPdf() {
        write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    }

    private void write(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        out.write(b, 0, b.length);
    }

    /** Object {@code n} (objects must be added as 1, 2, 3...). */
    RawPdf object(int n, String body) {
        offsets.add(out.size());
        write(n + " 0 obj\n" + body + "\nendobj\n");
        return this;
    }

    RawPdf stream(int n, String dict, byte[] data) {
        offsets.add(out.size());
        write(n + " 0 obj\n" + dict.replace("%LEN%", Integer.toString(data.length)) + "\nstream\n");
        out.write(data, 0, data.length);
        write("\nendstream\nendobj\n");
        return this;
    }

    byte[] finish(String trailerExtra) {
        int xref = out.size();
        StringBuilder b = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
        for (int o : offsets) {
            b.append(String.format("%010d 00000 n \n", o));
        }
        b.append("trailer\n<< /Size ").append(offsets.size() + 1).append(" /Root 1 0 R ").append(trailerExtra)
                .append(" >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        write(b.toString());
        return out.toByteArray();
    }

    /** {@code prefix} followed by {@code zeros} zero bytes, deflated. */
    static byte[] deflated(byte[] prefix, long zeros) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(buf, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
            d.write(prefix);
            byte[] chunk = new byte[1 << 20];
            for (long done = 0; done < zeros; done += chunk.length) {
                d.write(chunk);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return buf.toByteArray();
    }

    /**
     * A PDF whose catalog lives in an object stream that inflates to {@code objStmBytes} bytes, found through a
     * cross-reference stream (PDFBox would inflate the whole object stream while parsing).
     */
    static byte[] objectStreamBomb(long objStmBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.util.function.Consumer<String> w = t -> out.writeBytes(t.getBytes(StandardCharsets.ISO_8859_1));
        w.accept("%PDF-1.7\n");
        int o2 = out.size();
        w.accept("2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        int o3 = out.size();
        w.accept("3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n");
        byte[] header = "1 0 << /Type /Catalog /Pages 2 0 R >> ".getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = deflated(header, objStmBytes);
        int o4 = out.size();
        w.accept("4 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length " + body.length + " >>\nstream\n");
        out.writeBytes(body);
        w.accept("\nendstream\nendobj\n");
        int o5 = out.size();
        ByteArrayOutputStream x = new ByteArrayOutputStream();
        int[][] rows = {{0, 0, 65535}, {2, 4, 0}, {1, o2, 0}, {1, o3, 0}, {1, o4, 0}, {1, o5, 0}};
        for (int[] r : rows) {
            x.write(r[0]);
            x.write(r[1] >>> 24);
            x.write(r[1] >>> 16);
            x.write(r[1] >>> 8);
            x.write(r[1]);
            x.write(r[2] >>> 8);
            x.write(r[2]);
        }
        byte[] xs = x.toByteArray();
        w.accept("5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Length " + xs.length + " >>\nstream\n");
        out.writeBytes(xs);
        w.accept("\nendstream\nendobj\nstartxref\n" + o5 + "\n%%EOF\n");
        return out.toByteArray();
    }

    /** {@code bytes} zero bytes, deflated: a decompression bomb of ratio ~1000:1. */
    static byte[] deflatedZeros(long bytes) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(buf, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
            byte[] zeros = new byte[1 << 20];
            for (long done = 0; done < bytes; done += zeros.length) {
                d.write(zeros);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return buf.toByteArray();
    }
}

package vn.bansao.verify.internal.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * One revision of a PDF: the file's first {@code length} bytes, parsed lazily by PDFBox (only the
 * cross-reference data is read up front; objects are parsed when asked for). Decoded streams go to a
 * memory-only cache with a hard cap, so a decompression bomb fails with an exception instead of
 * exhausting the heap.
 *
 * <pre>{@code
 * try (Revision signed = Revision.load(pdfBytes, (int) signature.signedEnd())) { signed.roles(); }
 * }</pre>
 */
public final class Revision implements Closeable {

    /** Hard cap for decoded stream data held by one revision (object streams, metadata). */
    public static final long DECODE_LIMIT = 64L << 20;

    private final PDDocument document;
    private final byte[] file;
    private final long length;
    private RevisionRoles roles;

    private Revision(PDDocument document, byte[] file, long length) {
        this.document = document;
        this.file = file;
        this.length = length;
    }

    /** Parses the first {@code length} bytes of {@code file}. */
    public static Revision load(byte[] file, int length) throws IOException {
        ByteBuffer slice = ByteBuffer.wrap(file, 0, length).slice();
        PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(slice), "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(DECODE_LIMIT).streamCache);
        return new Revision(doc, file, length);
    }

    public PDDocument document() {
        return document;
    }

    public COSDocument cos() {
        return document.getDocument();
    }

    /** The whole file this revision is a prefix of (not copied: never modify). */
    public byte[] file() {
        return file;
    }

    public long length() {
        return length;
    }

    public COSDictionary trailer() {
        return cos().getTrailer();
    }

    public Map<COSObjectKey, Long> xref() {
        return cos().getXrefTable();
    }

    /** The object stored under this key (null when absent), without resolving further references. */
    public COSBase object(COSObjectKey key) {
        if (!xref().containsKey(key)) {
            return null;
        }
        return cos().getObjectFromPool(key).getObject();
    }

    public COSDictionary catalog() {
        return Cos.dict(trailer().getItem(COSName.ROOT));
    }

    /** What each object of this revision is (page, field, signature...), computed once. */
    public RevisionRoles roles() {
        if (roles == null) {
            roles = RevisionRoles.of(this);
        }
        return roles;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}

package vn.bansao.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import vn.bansao.common.LocalizedText;
import vn.bansao.core.internal.CoreText;
import vn.bansao.core.internal.pdfa.BansaoXmp;
import vn.bansao.core.internal.pdfa.ManifestJson;
import vn.bansao.core.internal.pdfa.PdfAParts;
import vn.bansao.core.manifest.Manifest;

/**
 * Reads the certification facts, the manifest and the embedded image digests of a certified copy, signed
 * (incremental updates) or not. Hostile input gets a {@link CertifiedCopyReadException}; sizes are bounded.
 *
 * <p><b>What was signed is what is read.</b> In a signed copy the facts, the manifest and the PDF/A claim come
 * from the revision the first signature covers (what the officer signed), never from a later incremental
 * update, which anyone can append. When a later revision states other certification facts (number, book,
 * requester, scan digest, PDF/A claim...), reading fails with a {@link CertifiedCopyReadException} naming
 * the first differing fact: a forged copy never reads as a copy. The image digests are those of the images the
 * final revision's pages actually draw (what a viewer shows), so {@link CertifiedCopyContents#passThroughMismatches()}
 * compares what is shown against the signed manifest. Whether the signatures themselves are intact is
 * {@code bansao-verify}'s question, not this reader's.
 *
 * <pre>{@code
 * CertifiedCopyContents c = CertifiedCopyReader.read(Path.of("copy-signed.pdf"));
 * System.out.println(c.facts().number() + " " + c.manifest().pages().size());
 * }</pre>
 */
public final class CertifiedCopyReader {

    /** Largest file read (1 GiB). */
    public static final long MAX_FILE_BYTES = 1L << 30;
    private static final int MAX_XMP_BYTES = 4 << 20;
    private static final int MAX_MANIFEST_BYTES = 16 << 20;
    private static final int MAX_PAGES = 20_000;

    private CertifiedCopyReader() {
    }

    public static CertifiedCopyContents read(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new CertifiedCopyReadException(LocalizedText.of(CoreText.READ_FILE_TOO_LARGE), null);
            }
            return read(new Source() {
                @Override
                public RandomAccessRead open() throws IOException {
                    return new RandomAccessReadBufferedFile(file.toFile());
                }

                @Override
                public RandomAccessRead prefix(long end) throws IOException {
                    try (InputStream in = Files.newInputStream(file)) {
                        return new RandomAccessReadBuffer(in.readNBytes((int) end));
                    }
                }
            });
        } catch (IOException e) {
            throw new CertifiedCopyReadException(LocalizedText.of(CoreText.READ_CANNOT_READ_FILE, e.getMessage()), e);
        }
    }

    public static CertifiedCopyContents read(byte[] pdf) {
        try {
            return read(new Source() {
                @Override
                public RandomAccessRead open() {
                    return new RandomAccessReadBuffer(pdf);
                }

                @Override
                public RandomAccessRead prefix(long end) {
                    return new RandomAccessReadBuffer(java.nio.ByteBuffer.wrap(pdf, 0, (int) end).slice());
                }
            });
        } catch (IOException e) {
            throw new CertifiedCopyReadException(LocalizedText.of(CoreText.READ_CANNOT_READ_FILE, e.getMessage()), e);
        }
    }

    /** Opens the file afresh: PDFBox closes its source with the document, and two revisions are read. */
    private interface Source {
        RandomAccessRead open() throws IOException;

        /** The first {@code end} bytes, as a file of their own (the revision they hold). */
        RandomAccessRead prefix(long end) throws IOException;
    }

    /** Reads a stream (spooled to a temporary file, bounded). */
    public static CertifiedCopyContents read(InputStream in) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("bansao-read-", ".pdf");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buf = new byte[1 << 16];
                long total = 0;
                for (int n; (n = in.read(buf)) > 0; ) {
                    total += n;
                    if (total > MAX_FILE_BYTES) {
                        throw new CertifiedCopyReadException(LocalizedText.of(CoreText.READ_FILE_TOO_LARGE), null);
                    }
                    out.write(buf, 0, n);
                }
            }
            return read(tmp);
        } catch (IOException e) {
            throw new CertifiedCopyReadException(LocalizedText.of(CoreText.READ_CANNOT_READ_STREAM), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    /**
     * What exactly one revision says, the one ending at byte {@code length} of {@code pdf}, without looking at
     * earlier or later revisions (for verifiers that compare revisions themselves). Most callers want
     * {@link #read(byte[])}.
     */
    public static CertifiedCopyContents readRevision(byte[] pdf, int length) {
        if (length <= 0 || length > pdf.length) {
            throw new CertifiedCopyReadException(LocalizedText.of(CoreText.READ_BAD_REVISION_LENGTH, length), null);
        }
        try (RandomAccessRead in = new RandomAccessReadBuffer(java.nio.ByteBuffer.wrap(pdf, 0, length).slice())) {
            return readOne(in);
        } catch (CertifiedCopyReadException e) {
            throw e;
        } catch (IOException e) {
            throw new CertifiedCopyReadException(LocalizedText.of(CoreText.READ_CANNOT_READ_FILE, e.getMessage()), e);
        }
    }

    private static CertifiedCopyContents read(Source source) throws IOException {
        CertifiedCopyContents latest;
        long length;
        try (RandomAccessRead in = source.open()) {
            length = in.length();
            latest = readOne(in);
        }
        long signedEnd = latest.firstSignedRevisionEnd();
        if (signedEnd <= 0 || signedEnd >= length) {
            return latest; // unsigned, or the first signature covers the whole file
        }
        CertifiedCopyContents signed;
        try (RandomAccessRead prefix = source.prefix(signedEnd)) {
            signed = readOne(prefix);
        } catch (CertifiedCopyReadException e) {
            throw new CertifiedCopyReadException(LocalizedText.of(CoreText.READ_SIGNED_REVISION_UNREADABLE, e.vietnamese(), e.english()), e);
        }
        FactsComparison.requireSame(signed, latest);
        // facts, manifest and claims as signed; the pages as the final revision shows them
        return new CertifiedCopyContents(signed.facts(), signed.manifest(), signed.xmpScanDigest(), signed.pdfaPart(),
                signed.pdfaConformance(), signed.documentId(), latest.pageCount(), latest.signatureFields(),
                latest.imageDigests(), signedEnd);
    }

    private static CertifiedCopyContents readOne(RandomAccessRead in) throws IOException {
        requireEof(in);
        PDDocument doc;
        try {
            doc = Loader.loadPDF(in, "", null, null, IOUtils.createTempFileOnlyStreamCache());
        } catch (IOException | RuntimeException e) {
            throw new CertifiedCopyReadException(LocalizedText.of(CoreText.NOT_VALID_PDF, e.getMessage()), e);
        }
        try (doc) {
            if (doc.isEncrypted()) {
                throw new CertifiedCopyReadException(LocalizedText.of(CoreText.ENCRYPTED_PDF), null);
            }
            int pages = doc.getNumberOfPages();
            if (pages < 1 || pages > MAX_PAGES) {
                throw new CertifiedCopyReadException(LocalizedText.of(CoreText.READ_BAD_PAGE_COUNT, pages), null);
            }
            PDMetadata md = doc.getDocumentCatalog().getMetadata();
            if (md == null) {
                throw new CertifiedCopyReadException(LocalizedText.of(CoreText.READ_NO_XMP_METADATA), null);
            }
            byte[] xmp;
            try (InputStream x = md.createInputStream()) {
                xmp = x.readNBytes(MAX_XMP_BYTES + 1);
            }
            if (xmp.length > MAX_XMP_BYTES) {
                throw new CertifiedCopyReadException(LocalizedText.of(CoreText.READ_XMP_TOO_LARGE), null);
            }
            BansaoXmp.Parsed parsed;
            try {
                parsed = BansaoXmp.read(xmp);
            } catch (Exception e) {
                throw new CertifiedCopyReadException(LocalizedText.of(CoreText.READ_NO_READABLE_CERTIFICATION_FACTS, e.getMessage()), e);
            }
            byte[] json = PdfAParts.readManifest(doc, MAX_MANIFEST_BYTES);
            if (json == null) {
                throw new CertifiedCopyReadException(LocalizedText.of(CoreText.READ_NO_MANIFEST_JSON), null);
            }
            Manifest manifest;
            try {
                manifest = ManifestJson.read(json);
            } catch (IOException e) {
                throw new CertifiedCopyReadException(LocalizedText.of(CoreText.READ_CORRUPT_MANIFEST_JSON), e);
            }
            List<EmbeddedImageDigest> digests = new ArrayList<>();
            for (int i = 0; i < pages - 1; i++) {
                PDPage page = doc.getPage(i);
                COSDictionary xo = page.getCOSObject().getCOSDictionary(COSName.RESOURCES) == null ? null
                        : page.getCOSObject().getCOSDictionary(COSName.RESOURCES).getCOSDictionary(COSName.XOBJECT);
                if (xo == null) {
                    continue;
                }
                // the image the page draws, not merely one its resources list: a viewer shows what is drawn
                java.util.Optional<COSName> drawn = DrawnImage.soleXObject(page);
                COSBase scan = drawn.map(xo::getDictionaryObject).orElse(null);
                if (scan instanceof COSStream s && COSName.IMAGE.equals(s.getCOSName(COSName.SUBTYPE))) {
                    digests.add(new EmbeddedImageDigest(i + 1, rawSha256(s)));
                }
            }
            if (manifest.pages().size() != pages - 1) {
                throw new CertifiedCopyReadException(LocalizedText.of(CoreText.READ_PAGE_COUNT_MISMATCH), null);
            }
            return new CertifiedCopyContents(parsed.facts(), manifest, parsed.scanDigest(), parsed.pdfaPart(),
                    parsed.pdfaConformance(), parsed.documentId(), pages, fields(doc), digests, firstSignedEnd(doc, in.length()));
        } catch (CertifiedCopyReadException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CertifiedCopyReadException(LocalizedText.of(CoreText.READ_DAMAGED_FILE, e), e);
        }
    }

    /**
     * A complete PDF (and every incremental update) ends with %%EOF: PDFBox would otherwise "repair" a
     * truncated file silently, and a copy cut short must not read as a copy.
     */
    private static void requireEof(RandomAccessRead in) throws IOException {
        long len = in.length();
        int tail = (int) Math.min(len, 1024);
        in.seek(len - tail);
        byte[] b = new byte[tail];
        int off = 0;
        while (off < tail) {
            int n = in.read(b, off, tail - off);
            if (n <= 0) {
                break;
            }
            off += n;
        }
        in.seek(0);
        if (!new String(b, 0, off, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%%EOF")) {
            throw new CertifiedCopyReadException(LocalizedText.of(CoreText.READ_TRUNCATED_PDF_NO_EOF), null);
        }
    }

    /**
     * Where the earliest signature's signed bytes end (its ByteRange's last byte), or 0 when the file carries no
     * signature with a plausible ByteRange. Only a locator: the verifier checks each ByteRange strictly.
     */
    private static long firstSignedEnd(PDDocument doc, long length) {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return 0;
        }
        long first = 0;
        int count = 0;
        for (PDField f : form.getFieldTree()) {
            if (++count > 1000) {
                break;
            }
            if (!(f instanceof PDSignatureField sf) || !(sf.getCOSObject().getDictionaryObject(COSName.V) instanceof COSDictionary v)) {
                continue;
            }
            if (!(v.getDictionaryObject(COSName.BYTERANGE) instanceof org.apache.pdfbox.cos.COSArray br) || br.size() != 4) {
                continue;
            }
            long a = br.getInt(0), b = br.getInt(1), c = br.getInt(2), d = br.getInt(3);
            long end = c + d;
            if (a == 0 && b > 0 && c > b && d >= 0 && end <= length && (first == 0 || end < first)) {
                first = end;
            }
        }
        return first;
    }

    private static List<SignatureFieldInfo> fields(PDDocument doc) {
        List<SignatureFieldInfo> out = new ArrayList<>();
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return out;
        }
        int count = 0;
        for (PDField f : form.getFieldTree()) {
            if (++count > 1000) {
                break;
            }
            if (!(f instanceof PDSignatureField sf) || sf.getWidgets().isEmpty()) {
                continue;
            }
            PDAnnotationWidget w = sf.getWidgets().get(0);
            PDRectangle r = w.getRectangle() == null ? new PDRectangle() : w.getRectangle();
            int page = w.getPage() == null ? -1 : doc.getPages().indexOf(w.getPage());
            out.add(new SignatureFieldInfo(sf.getFullyQualifiedName(), page, r.getLowerLeftX(), r.getLowerLeftY(),
                    r.getWidth(), r.getHeight(), sf.getValue() != null));
        }
        return out;
    }

    private static String rawSha256(COSStream s) throws IOException {
        try (InputStream raw = s.createRawInputStream()) {
            return vn.bansao.common.Sha256.toHex(vn.bansao.common.Sha256.digest(raw));
        }
    }
}

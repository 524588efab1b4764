package vn.bansao.core.internal.pdfa;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/** The document-level PDF/A pieces: metadata, output intent, associated manifest file, trailer ID. */
public final class PdfAParts {

    /** Name of the embedded manifest. */
    public static final String MANIFEST_NAME = "manifest.json";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfAParts() {
    }

    /** Info dictionary consistent with the XMP (PDF/A requires they agree). */
    public static void info(PDDocument doc, String title, Instant created) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setProducer(BansaoXmp.PRODUCER);
        info.setCreator(BansaoXmp.PRODUCER);
        info.setCreationDate(calendar(created));
        info.setModificationDate(calendar(created));
        doc.setDocumentInformation(info);
    }

    public static void metadata(PDDocument doc, byte[] xmp) throws IOException {
        PDMetadata md = new PDMetadata(doc);
        try (OutputStream out = md.getCOSObject().createRawOutputStream()) {
            out.write(xmp);
        }
        doc.getDocumentCatalog().setMetadata(md);
    }

    public static void outputIntent(PDDocument doc) throws IOException {
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(icc));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
    }

    /** Embeds {@code manifest.json} as a PDF/A-3 associated file (AFRelationship Data) of the catalog. */
    public static void manifest(PDDocument doc, byte[] json, Instant created) throws IOException {
        PDEmbeddedFile ef = new PDEmbeddedFile(doc, new ByteArrayInputStream(json), COSName.FLATE_DECODE);
        ef.setSubtype("application/json");
        ef.setSize(json.length);
        ef.setModDate(calendar(created));
        ef.setCreationDate(calendar(created));
        PDComplexFileSpecification fs = new PDComplexFileSpecification();
        fs.setFile(MANIFEST_NAME);
        fs.setFileUnicode(MANIFEST_NAME);
        fs.setEmbeddedFile(ef);
        fs.setEmbeddedFileUnicode(ef);
        fs.setFileDescription("Manifest of the scanned pages / Danh mục các trang quét");
        fs.getCOSObject().setItem(COSName.getPDFName("AFRelationship"), COSName.getPDFName("Data"));
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(MANIFEST_NAME, fs));
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        COSArray af = new COSArray();
        af.add(fs);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), af);
    }

    /** Fixed trailer /ID from the document UUID: no random, no time. */
    public static void documentId(PDDocument doc, byte[] id16) {
        COSArray ids = new COSArray();
        ids.add(new COSString(id16));
        ids.add(new COSString(id16));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        doc.getDocument().setDocumentID(ids);
    }

    static Calendar calendar(Instant t) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(t.toEpochMilli());
        return c;
    }

    /** The manifest.json bytes of a document, or null; bounded to {@code maxBytes}. */
    public static byte[] readManifest(PDDocument doc, int maxBytes) throws IOException {
        COSArray af = doc.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));
        if (af == null) {
            return null;
        }
        for (int i = 0; i < af.size() && i < 64; i++) {
            if (af.getObject(i) instanceof COSDictionary d) {
                PDComplexFileSpecification fs = new PDComplexFileSpecification(d);
                if (MANIFEST_NAME.equals(fs.getFileUnicode()) || MANIFEST_NAME.equals(fs.getFilename())) {
                    PDEmbeddedFile ef = fs.getEmbeddedFileUnicode() != null ? fs.getEmbeddedFileUnicode()
                            : fs.getEmbeddedFile();
                    if (ef == null) {
                        return null;
                    }
                    try (var in = ef.createInputStream()) {
                        byte[] b = in.readNBytes(maxBytes + 1);
                        if (b.length > maxBytes) {
                            throw new IOException("manifest.json larger than " + maxBytes + " bytes");
                        }
                        return b;
                    }
                }
            }
        }
        return null;
    }

}

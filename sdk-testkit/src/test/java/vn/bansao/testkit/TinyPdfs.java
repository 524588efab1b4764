package vn.bansao.testkit;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.XmpSerializer;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import vn.bansao.testkit.internal.Bc;

/** Small PDFs made directly with PDFBox and BouncyCastle, to test the assertions (not bansao's signing code). */
final class TinyPdfs {

    private TinyPdfs() {
    }

    /** A one-page PDF/A-2b: a filled rectangle, sRGB output intent, XMP identification. */
    static byte[] pdfA2b() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                cs.setNonStrokingColor(0.8f, 0.1f, 0.1f);
                cs.addRect(100, 100, 200, 200);
                cs.fill();
            }
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(2);
            id.setConformance("B");
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle("bản sao thử");
            ByteArrayOutputStream xml = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, xml, true);
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(xml.toByteArray());
            doc.getDocumentCatalog().setMetadata(metadata);
            try (InputStream icc = new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())) {
                PDOutputIntent intent = new PDOutputIntent(doc, icc);
                intent.setInfo("sRGB IEC61966-2.1");
                intent.setOutputCondition("sRGB IEC61966-2.1");
                intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
                intent.setRegistryName("http://www.color.org");
                doc.getDocumentCatalog().addOutputIntent(intent);
            }
            return save(doc);
        }
    }

    /** A one-page PDF with no PDF/A identification and a DeviceRGB fill without output intent. */
    static byte[] plain() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                cs.setNonStrokingColor(0.1f, 0.1f, 0.8f);
                cs.addRect(50, 50, 100, 100);
                cs.fill();
            }
            return save(doc);
        }
    }

    /** {@code pdf} with one adbe.pkcs7.detached signature by {@code signer} (chain included). */
    static byte[] signed(byte[] pdf, Identity signer) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature sig = new PDSignature();
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            sig.setName(signer.alias());
            sig.setSignDate(Calendar.getInstance());
            doc.addSignature(sig, content -> {
                try {
                    CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
                    gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(Bc.digests()).build(
                            Bc.signer(signer.signatureAlgorithm(), signer.privateKey()), signer.certificate()));
                    gen.addCertificates(new JcaCertStore(signer.chain()));
                    return gen.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
                } catch (Exception e) {
                    throw new IOException(e);
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /** Flips one byte of the first page's content stream ("re" → "rf" would break syntax; change a digit). */
    static byte[] tamper(byte[] signed) {
        byte[] copy = signed.clone();
        String s = new String(copy, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = s.indexOf(" re");
        if (at < 0) {
            throw new IllegalStateException("no rectangle to tamper with");
        }
        // the digit just before " re" (the rectangle's height): still valid PDF, different content
        copy[at - 1] = (byte) (copy[at - 1] == '0' ? '1' : '0');
        return copy;
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
        return out.toByteArray();
    }
}

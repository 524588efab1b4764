package vn.bansao.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.core.read.CertifiedCopyContents;
import vn.bansao.core.read.CertifiedCopyReader;

class QrAndOracleTest {

    @TempDir
    Path dir;

    @Test
    void qrCodeDecodesToThePayload() throws Exception {
        Path scan = TestScans.write(dir, "a.jpg", TestScans.jpeg(TestScans.page(400, 560, 7), 0.8f));
        CertificationFacts facts = TestScans.facts(CertificationKind.FROM_ORIGINAL);
        byte[] pdf = CertifiedCopy.builder().scan(scan).facts(facts)
                .clock(Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC)).build().toBytes();
        CertifiedCopyContents c = CertifiedCopyReader.read(pdf);
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(doc).renderImageWithDPI(c.certificationPageIndex(), 200, ImageType.GRAY);
        }
        Result r = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(page))));
        // a link a phone camera opens, carrying the payload that names the register line exactly (type, book)
        String payload = "BS2|000.00.12.H29|" + facts.book() + "|123|" + c.manifest().scanDigest();
        assertThat(r.getText()).isEqualTo("https://dichvucong.example.vn/xac-minh?payload="
                + java.net.URLEncoder.encode(payload, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(java.net.URI.create(r.getText()).getQuery()).isEqualTo("payload=" + payload);
        assertThat(CertifiedCopy.builder().scan(scan).facts(facts).build().scanDigest()).isEqualTo(c.manifest().scanDigest());
    }

    @Test
    void withoutAPortalTheCodeIsThePayloadAlone() throws Exception {
        Path scan = TestScans.write(dir, "b.jpg", TestScans.jpeg(TestScans.page(400, 560, 8), 0.8f));
        CertificationFacts facts = TestScans.facts(CertificationKind.FROM_ORIGINAL).toBuilder().portalUrl(null).build();
        byte[] pdf = CertifiedCopy.builder().scan(scan).facts(facts).build().toBytes();
        CertifiedCopyContents c = CertifiedCopyReader.read(pdf);
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(doc).renderImageWithDPI(c.certificationPageIndex(), 200, ImageType.GRAY);
        }
        Result r = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))));
        assertThat(r.getText()).isEqualTo("BS2|000.00.12.H29|" + facts.book() + "|" + facts.number() + "|"
                + c.manifest().scanDigest());
    }

    @Test
    void veraPdfRejectsAPlainPdfBoxFile() throws Exception {
        // the oracle must be able to say no: a plain PDFBox JPEG page has no XMP, no output intent
        byte[] jpeg = TestScans.jpeg(TestScans.page(200, 280, 3), 0.8f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage p = new PDPage();
            doc.addPage(p);
            PDImageXObject img = JPEGFactory.createFromByteArray(doc, jpeg);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                cs.drawImage(img, 0, 0);
            }
            doc.save(out);
        }
        assertThat(VeraPdf.failures(out.toByteArray())).isNotEmpty();
    }
}

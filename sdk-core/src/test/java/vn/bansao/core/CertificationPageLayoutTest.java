package vn.bansao.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.core.read.CertifiedCopyReader;

/**
 * Issue 13 item 11: the certification page in the customary layout, checked where a reader sees it — the text
 * positions PDFBox extracts, the signature widgets' rectangles, and the QR code decoded from a rendering.
 */
class CertificationPageLayoutTest {

    private static final float PAGE_W = PDRectangle.A4.getWidth();
    /** The signer column starts right of the page's middle. */
    private static final float COLUMN_LEFT = PAGE_W / 2;

    @TempDir
    Path dir;

    /** A printed line: its text and the box its glyphs cover (PDF user space, origin bottom-left). */
    private record Printed(String text, Rectangle2D box) {
    }

    private record Layout(Map<String, Printed> lines, Map<String, Rectangle2D> widgets, BufferedImage render,
                          List<Printed> all) {
        Printed line(String text) {
            assertThat(lines).as("printed lines").containsKey(text);
            return lines.get(text);
        }
    }

    private Layout layout(CertificationKind kind) throws Exception {
        Path scan = TestScans.write(dir, "a.jpg", TestScans.jpeg(TestScans.page(400, 560, 5), 0.8f));
        CertificationFacts facts = TestScans.facts(kind);
        byte[] pdf = CertifiedCopy.builder().scan(scan).facts(facts).build().toBytes();
        int pageIndex = CertifiedCopyReader.read(pdf).certificationPageIndex();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(pageIndex);
            float pageH = page.getMediaBox().getHeight();
            List<Printed> all = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    double minX = Double.MAX_VALUE;
                    double maxX = 0;
                    double top = 0;
                    double bottom = Double.MAX_VALUE;
                    for (TextPosition p : positions) {
                        minX = Math.min(minX, p.getXDirAdj());
                        maxX = Math.max(maxX, p.getXDirAdj() + p.getWidthDirAdj());
                        double baseline = pageH - p.getYDirAdj();
                        bottom = Math.min(bottom, baseline);
                        top = Math.max(top, baseline + p.getHeightDir());
                    }
                    all.add(new Printed(text.strip(), new Rectangle2D.Double(minX, bottom, maxX - minX, top - bottom)));
                    super.writeString(text, positions);
                }
            };
            stripper.setStartPage(pageIndex + 1);
            stripper.setEndPage(pageIndex + 1);
            stripper.writeText(doc, new StringWriter());
            Map<String, Printed> lines = new HashMap<>();
            all.forEach(p -> lines.put(p.text(), p));
            Map<String, Rectangle2D> widgets = new HashMap<>();
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationWidget w) {
                    PDRectangle r = w.getRectangle();
                    String name = w.getCOSObject().getCOSDictionary(org.apache.pdfbox.cos.COSName.PARENT) != null
                            ? w.getCOSObject().getCOSDictionary(org.apache.pdfbox.cos.COSName.PARENT)
                            .getString(org.apache.pdfbox.cos.COSName.T)
                            : w.getCOSObject().getString(org.apache.pdfbox.cos.COSName.T);
                    widgets.put(name, new Rectangle2D.Double(r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(),
                            r.getHeight()));
                }
            }
            BufferedImage render = new PDFRenderer(doc).renderImageWithDPI(pageIndex, 200, ImageType.GRAY);
            return new Layout(lines, widgets, render, all);
        }
    }

    @Test
    void theStatementAndTheSignerColumnAreOnTheRightWithTheSealCaptionedAndTheQrCaptioned() throws Exception {
        Layout page = layout(CertificationKind.FROM_ORIGINAL);

        // heading centred on the page
        Printed heading = page.line("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH");
        assertThat(Math.abs(heading.box().getCenterX() - PAGE_W / 2)).isLessThan(2.0);
        // "Số chứng thực" and "Quyển số" separated: their own lines, one under the other, in the right column
        Printed number = page.line("Số chứng thực: 123");
        Printed book = page.line("Quyển số: 01/2026-SCT/BS");
        assertThat(number.box().getMinY()).isGreaterThan(book.box().getMaxY() - 1);
        Rectangle2D officer = page.widgets().get("bansao_officer");
        Rectangle2D authority = page.widgets().get("bansao_authority");
        assertThat(officer).isNotNull();
        assertThat(authority).isNotNull();
        for (String s : List.of("Số chứng thực: 123", "Quyển số: 01/2026-SCT/BS", "Ngày 22 tháng 11 năm 2026",
                "NGƯỜI THỰC HIỆN CHỨNG THỰC", "Trần Thị Bình", "Công chức Tư pháp - Hộ tịch", "CƠ QUAN CHỨNG THỰC",
                "UBND phường Bến Nghé, Quận 1")) {
            assertThat(page.line(s).box().getMinX()).as(s + " in the signer column").isGreaterThan(COLUMN_LEFT);
        }
        assertThat(officer.getMinX()).isGreaterThan(COLUMN_LEFT);
        assertThat(authority.getMinX()).isGreaterThan(COLUMN_LEFT);
        assertThat(officer.getMaxX()).isLessThanOrEqualTo(PAGE_W - 55);
        // top-down: caption, officer's box, name, title, the seal's own caption, seal box, body name
        assertThat(page.line("NGƯỜI THỰC HIỆN CHỨNG THỰC").box().getMinY()).isGreaterThan(officer.getMaxY());
        assertThat(page.line("Trần Thị Bình").box().getMaxY()).isLessThan(officer.getMinY());
        Printed sealCaption = page.line("CƠ QUAN CHỨNG THỰC");
        assertThat(sealCaption.box().getMaxY()).isLessThan(page.line("Công chức Tư pháp - Hộ tịch").box().getMinY());
        assertThat(sealCaption.box().getMinY()).isGreaterThan(authority.getMaxY());
        assertThat(page.line("UBND phường Bến Nghé, Quận 1").box().getMaxY()).isLessThan(authority.getMinY());
        // the facts are across the page, left-aligned at the margin
        assertThat(page.line("Lệ phí: 4.000 đồng.").box().getMinX()).isLessThan(60);

        // QR code bottom-left with its caption just above it
        Printed qrCaption = page.line("Quét để kiểm tra");
        Rectangle2D qr = new Rectangle2D.Double(44, 44, 100, 100);
        assertThat(qrCaption.box().getCenterX()).isBetween(qr.getMinX(), qr.getMaxX());
        assertThat(qrCaption.box().getMinY()).isBetween(qr.getMaxY(), qr.getMaxY() + 12);

        // nothing printed overlaps a signature box or the QR code
        for (Printed p : page.all()) {
            for (Rectangle2D r : List.of(officer, authority, qr)) {
                assertThat(p.box().intersects(r)).as(p.text() + " overlaps " + r).isFalse();
            }
        }
        assertThat(officer.intersects(authority)).isFalse();
        // the caption does not spoil the code: a phone still reads it from the rendering
        String decoded = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(page.render())))).getText();
        assertThat(java.net.URLDecoder.decode(decoded, java.nio.charset.StandardCharsets.UTF_8))
                .contains("?payload=BS2|000.00.12.H29|01/2026-SCT/BS|123|");
    }

    @Test
    void aCopyFromTheMasterRegisterHasTheBodysCaptionAndBoxOnTheRight() throws Exception {
        Layout page = layout(CertificationKind.FROM_MASTER_REGISTER);

        Printed number = page.line("Số: 123");
        Printed book = page.line("Quyển số: 01/2026-SCT/BS");
        assertThat(number.box().getMinY()).isGreaterThan(book.box().getMaxY() - 1);
        Rectangle2D authority = page.widgets().get("bansao_authority");
        assertThat(page.widgets()).doesNotContainKey("bansao_officer");
        assertThat(authority.getMinX()).isGreaterThan(COLUMN_LEFT);
        Printed caption = page.line("CƠ QUAN CẤP BẢN SAO");
        assertThat(caption.box().getMinX()).isGreaterThan(COLUMN_LEFT);
        assertThat(caption.box().getMinY()).isGreaterThan(authority.getMaxY());
        assertThat(page.line("Quét để kiểm tra").box().getMaxX()).isLessThan(150);
    }
}

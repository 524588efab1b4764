package vn.bansao.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.core.manifest.PageEncoding;
import vn.bansao.core.read.CertifiedCopyContents;
import vn.bansao.core.read.CertifiedCopyReader;

/** TIFF compressions and image types written by the JDK's own writers: each is embedded losslessly. */
class EncodingVariantsTest {

    private static BufferedImage image(int type) {
        BufferedImage img = new BufferedImage(240, 160, type);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 240, 160);
        g.setColor(Color.BLACK);
        g.fillRect(20, 20, 80, 40);
        g.setColor(new Color(200, 30, 30));
        g.fillOval(120, 60, 80, 80);
        g.drawString("Bản sao", 30, 120);
        g.dispose();
        return img;
    }

    private static byte[] write(BufferedImage img, String format, String compression) throws Exception {
        ImageWriter w = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bos)) {
            w.setOutput(out);
            ImageWriteParam p = w.getDefaultWriteParam();
            if (compression != null) {
                p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                p.setCompressionType(compression);
            }
            w.write(null, new IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
        return bos.toByteArray();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "tiff, CCITT T.4, 12",
        "tiff, CCITT T.6, 12",
        "tiff, LZW, 5",
        "tiff, Deflate, 10",
        "tiff, PackBits, 13",
        "tiff, JPEG, 5",
        "tiff, LZW, 1",
        "tiff, Deflate, 12",
        "jpeg, , 10",
        "jpeg, , 5",
    })
    void isEmbeddedLosslesslyAndIsPdfA(String format, String compression, int imageType) throws Exception {
        BufferedImage img = image(imageType);
        byte[] bytes = write(img, format, compression);
        byte[] pdf = CertifiedCopy.builder().scan(ScanSource.of("scan." + format, bytes))
                .facts(TestScans.facts(CertificationKind.FROM_ORIGINAL))
                .clock(Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC)).build().toBytes();
        CertifiedCopyContents c = CertifiedCopyReader.read(pdf);
        PageEncoding enc = c.manifest().pages().get(0).encoding();
        if (format.equals("jpeg")) {
            assertThat(enc).isEqualTo(PageEncoding.JPEG_AS_IS);
        } else if ("CCITT T.6".equals(compression)) {
            assertThat(enc).isIn(PageEncoding.CCITT_G4_AS_IS, PageEncoding.FLATE_LOSSLESS);
        } else {
            assertThat(enc).isEqualTo(PageEncoding.FLATE_LOSSLESS);
        }
        assertThat(c.passThroughMismatches()).isEmpty();
        assertThat(VeraPdf.failures(pdf)).isEmpty();
        // the page shows the decoded input: render at the image's resolution and compare
        BufferedImage expected = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        BufferedImage gray = new BufferedImage(expected.getWidth(), expected.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        gray.getGraphics().drawImage(expected, 0, 0, null);
        double dpi = c.manifest().pages().get(0).dpiX();
        assertThat(PassThroughAndGeometryTest.meanDifference(gray, PassThroughAndGeometryTest.render(pdf, (float) dpi)))
                .isLessThan(format.equals("jpeg") ? 6 : 3);
        assertThat(List.of(c.manifest().pages().get(0).widthPx())).containsExactly(240);
    }
}

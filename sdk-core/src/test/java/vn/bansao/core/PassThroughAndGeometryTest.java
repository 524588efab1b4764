package vn.bansao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.core.manifest.ManifestPage;
import vn.bansao.core.manifest.PageEncoding;
import vn.bansao.core.read.CertifiedCopyContents;
import vn.bansao.core.read.CertifiedCopyReader;

/** Pass-through is byte-for-byte (checked by poppler too), orientation and polarity come out right. */
class PassThroughAndGeometryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static Path pillow(String name) {
        return Shared.corpus("pillow-image-edgecases").resolve(name);
    }

    private byte[] build(Path... scans) {
        return CertifiedCopy.builder().scans(List.of(scans)).facts(TestScans.facts(CertificationKind.FROM_ORIGINAL))
                .clock(CLOCK).build().toBytes();
    }

    @Test
    void popplerExtractsTheJpegByteForByte() throws Exception {
        assumeThat(Files.exists(Path.of("/usr/bin/pdfimages"))).isTrue();
        Path jpg = Shared.corpus("img2pdf-inputs").resolve("input/CMYK.jpg");
        Path pdf = dir.resolve("copy.pdf");
        Files.write(pdf, build(jpg, Shared.corpus("ocrmypdf-scans").resolve("baiona_color.jpg")));
        Process p = new ProcessBuilder("pdfimages", "-all", "-f", "1", "-l", "2", pdf.toString(),
                dir.resolve("img").toString()).inheritIO().start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("img-000.jpg"))).isEqualTo(Files.readAllBytes(jpg));
        assertThat(Files.readAllBytes(dir.resolve("img-001.jpg")))
                .isEqualTo(Files.readAllBytes(Shared.corpus("ocrmypdf-scans").resolve("baiona_color.jpg")));
    }

    @Test
    void pngAndG4StreamsAreTheSourceBytes() throws Exception {
        Path png = Shared.corpus("ocrmypdf-scans").resolve("linn.png");
        Path g4 = pillow("pport_g4.tif");
        byte[] pdf = build(png, g4);
        CertifiedCopyContents c = CertifiedCopyReader.read(pdf);
        assertThat(c.manifest().pages()).extracting(ManifestPage::encoding)
                .containsExactly(PageEncoding.PNG_IDAT_AS_IS, PageEncoding.CCITT_G4_AS_IS);
        assertThat(c.passThroughMismatches()).isEmpty();
        // independent of the builder: concatenated IDAT chunks, and the single G4 strip, read here
        assertThat(c.imageDigest(1)).contains(CertifiedCopyBuilderTest.sha256(idat(Files.readAllBytes(png))));
        assertThat(c.imageDigest(2)).contains(CertifiedCopyBuilderTest.sha256(singleStrip(Files.readAllBytes(g4))));
        assertThat(c.manifest().pages().get(1).dpiX()).isEqualTo(200.0);
        assertThat(VeraPdf.failures(pdf)).isEmpty();
    }

    @Test
    void jpeg2000PassesThroughAndIsPdfA() throws Exception {
        byte[] jpx;
        try (PDDocument d = Loader.loadPDF(Shared.corpus("ocrmypdf-scans").resolve("lichtenstein.pdf").toFile())) {
            var res = d.getPage(0).getResources();
            COSStream s = null;
            for (COSName n : res.getXObjectNames()) {
                COSStream x = (COSStream) res.getXObject(n).getCOSObject();
                if (COSName.JPX_DECODE.equals(x.getDictionaryObject(COSName.FILTER))) {
                    s = x;
                }
            }
            assertThat(s).isNotNull();
            try (InputStream in = s.createRawInputStream()) {
                jpx = in.readAllBytes();
            }
        }
        Path jp2 = TestScans.write(dir, "lichtenstein.jp2", jpx);
        byte[] pdf = build(jp2);
        CertifiedCopyContents c = CertifiedCopyReader.read(pdf);
        assertThat(c.manifest().pages().get(0).encoding()).isEqualTo(PageEncoding.JPEG2000_AS_IS);
        assertThat(c.manifest().pages().get(0).widthPx()).isEqualTo(512);
        assertThat(c.manifest().pages().get(0).mediaType()).isIn("image/jp2", "image/j2c");
        try (PDDocument d = Loader.loadPDF(pdf)) {
            COSStream img = (COSStream) d.getPage(0).getResources().getXObject(COSName.getPDFName("BsScan"))
                    .getCOSObject();
            // a raw codestream has no colour specification of its own: the dictionary must name one
            boolean raw = c.manifest().pages().get(0).mediaType().equals("image/j2c");
            assertThat(img.containsKey(COSName.COLORSPACE)).isEqualTo(raw);
        }
        assertThat(c.imageDigest(1)).contains(CertifiedCopyBuilderTest.sha256(jpx));
        assertThat(c.passThroughMismatches()).isEmpty();
        assertThat(VeraPdf.failures(pdf)).isEmpty();
    }

    @Test
    void exifOrientationIsAppliedByThePageNotThePixels() throws Exception {
        BufferedImage reference = render(build(pillow("hopper.jpg")), 96);
        for (int o = 2; o <= 8; o++) {
            byte[] pdf = build(pillow("hopper_orientation_" + o + ".jpg"));
            CertifiedCopyContents c = CertifiedCopyReader.read(pdf);
            assertThat(c.manifest().pages().get(0).encoding()).isEqualTo(PageEncoding.JPEG_AS_IS);
            // hopper_orientation_N has no DPI: 300 assumed; render at 300 to get 128x128 pixels
            BufferedImage page = render(pdf, 300);
            assertThat(meanDifference(reference, page)).as("orientation %d", o).isLessThan(20);
        }
    }

    @Test
    void g4FillOrderPolarityAndOrientationMatchTheReference() throws Exception {
        BufferedImage expected = ImageIO.read(pillow("g4-fillorder-test.png").toFile());
        BufferedImage page = render(build(pillow("g4-fillorder-test.tif")), 300);
        assertThat(meanDifference(expected, page)).isLessThan(3);
        BufferedImage one = render(build(pillow("g4_orientation_1.tif")), 96);
        for (int o = 2; o <= 8; o++) {
            BufferedImage other = render(build(pillow("g4_orientation_" + o + ".tif")), 96);
            assertThat(meanDifference(one, other)).as("orientation %d", o).isLessThan(3);
        }
    }

    @Test
    void transparencyIsRefusedUnlessFlatteningIsAllowed() throws Exception {
        Path rgba = pillow("pil123rgba.png");
        byte[] pdf = CertifiedCopy.builder().scan(rgba).facts(TestScans.facts(CertificationKind.FROM_ORIGINAL))
                .clock(CLOCK).allowFlattenTransparency(true).build().toBytes();
        CertifiedCopyContents c = CertifiedCopyReader.read(pdf);
        assertThat(c.manifest().pages().get(0).encoding()).isEqualTo(PageEncoding.FLATE_FLATTENED);
        assertThat(c.manifest().pages().get(0).passThrough()).isFalse();
        assertThat(VeraPdf.failures(pdf)).isEmpty();
    }

    @Test
    void paletteWithAnUnusedTransparentEntryStillPassesThrough() throws Exception {
        byte[] r = {0, (byte) 255, 0};
        byte[] g = {0, (byte) 255, 0};
        byte[] b = {0, (byte) 255, 0};
        byte[] a = {(byte) 255, (byte) 255, 0}; // entry 2 is transparent but no pixel uses it
        java.awt.image.IndexColorModel icm = new java.awt.image.IndexColorModel(2, 3, r, g, b, a);
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_BYTE_BINARY, icm);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                img.getRaster().setSample(x, y, 0, (x + y) % 2);
            }
        }
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        assertThat(new String(png.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1)).contains("tRNS");
        CertifiedCopyContents c = CertifiedCopyReader.read(CertifiedCopy.builder()
                .scan(ScanSource.of("opaque-trns.png", png.toByteArray()))
                .facts(TestScans.facts(CertificationKind.FROM_ORIGINAL)).clock(CLOCK).build().toBytes());
        assertThat(c.manifest().pages().get(0).encoding()).isEqualTo(PageEncoding.PNG_IDAT_AS_IS);
        assertThat(c.imageDigest(1)).contains(CertifiedCopyBuilderTest.sha256(idat(png.toByteArray())));
    }

    @Test
    void dpiComesFromTheHeadersOrIsDefaulted() {
        CertifiedCopyContents c = CertifiedCopyReader.read(build(pillow("exif-200dpcm.jpg"),
                pillow("photoshop-200dpi.jpg"), pillow("no-dpi-in-exif.jpg"), pillow("hopper_float_dpi_2.tif")));
        List<ManifestPage> p = c.manifest().pages();
        assertThat(p.get(0).dpiX()).isEqualTo(508.0);
        assertThat(p.get(1).dpiX()).isEqualTo(200.0);
        assertThat(p.get(2).dpiDefaulted()).isTrue();
        assertThat(p.get(2).dpiX()).isEqualTo(300.0);
        assertThat(p.get(3).dpiX()).isEqualTo(72.8);
    }

    static BufferedImage render(byte[] pdf, float dpi) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFRenderer(d).renderImageWithDPI(0, dpi, ImageType.GRAY);
        }
    }

    /** Mean absolute gray difference over the common area, or 255 when sizes differ by more than a pixel. */
    static double meanDifference(BufferedImage a, BufferedImage b) {
        if (Math.abs(a.getWidth() - b.getWidth()) > 1 || Math.abs(a.getHeight() - b.getHeight()) > 1) {
            System.err.println("size " + a.getWidth() + "x" + a.getHeight() + " vs " + b.getWidth() + "x" + b.getHeight());
            return 255;
        }
        int w = Math.min(a.getWidth(), b.getWidth());
        int h = Math.min(a.getHeight(), b.getHeight());
        long sum = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                sum += Math.abs((a.getRGB(x, y) & 0xff) - (b.getRGB(x, y) & 0xff));
            }
        }
        return sum / (double) (w * h);
    }

    /** The concatenated IDAT payloads of a PNG. */
    static byte[] idat(byte[] png) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int p = 8;
        while (p + 8 <= png.length) {
            int len = java.nio.ByteBuffer.wrap(png, p, 4).getInt();
            String type = new String(png, p + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (type.equals("IDAT")) {
                out.write(png, p + 8, len);
            }
            p += 12 + len;
        }
        return out.toByteArray();
    }

    /** The single strip of a one-strip TIFF, found through its StripOffsets/StripByteCounts tags. */
    static byte[] singleStrip(byte[] tif) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(tif);
        b.order(tif[0] == 'I' ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
        int ifd = b.getInt(4);
        int n = b.getShort(ifd) & 0xffff;
        long off = -1;
        long len = -1;
        for (int i = 0; i < n; i++) {
            int e = ifd + 2 + 12 * i;
            int tag = b.getShort(e) & 0xffff;
            int type = b.getShort(e + 2) & 0xffff;
            long v = type == 3 ? b.getShort(e + 8) & 0xffff : b.getInt(e + 8) & 0xffffffffL;
            if (tag == 273) {
                off = v;
            } else if (tag == 279) {
                len = v;
            }
        }
        return java.util.Arrays.copyOfRange(tif, (int) off, (int) (off + len));
    }

}

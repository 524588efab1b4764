package vn.bansao.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

class SampleScansTest {

    @Test
    void colourJpegIsReadableAtTheRequestedDensityAndHasARedStamp() throws Exception {
        Scan scan = SampleScans.seed(42).a4Jpeg(300);
        assertThat(scan.mediaType()).isEqualTo("image/jpeg");
        Read read = read(scan, "jpeg");
        assertThat(read.image.getWidth()).isEqualTo(2480);
        assertThat(read.image.getHeight()).isEqualTo(3508);
        assertThat(read.image.getColorModel().getNumColorComponents()).isEqualTo(3);
        IIOMetadataNode jfif = (IIOMetadataNode) ((IIOMetadataNode) read.metadata
                .getAsTree("javax_imageio_jpeg_image_1.0")).getElementsByTagName("app0JFIF").item(0);
        assertThat(jfif.getAttribute("resUnits")).isEqualTo("1");
        assertThat(jfif.getAttribute("Xdensity")).isEqualTo("300");
        assertThat(jfif.getAttribute("Ydensity")).isEqualTo("300");
        assertThat(redPixels(read.image)).as("stamp pixels").isGreaterThan(2000);
        assertThat(darkPixels(read.image)).as("text pixels").isGreaterThan(100_000);
    }

    @Test
    void grayJpegAtTheLowestResolution() throws Exception {
        Read read = read(SampleScans.seed(1).a4JpegGray(150), "jpeg");
        assertThat(read.image.getWidth()).isEqualTo(1240);
        assertThat(read.image.getColorModel().getNumColorComponents()).isEqualTo(1);
        IIOMetadataNode jfif = (IIOMetadataNode) ((IIOMetadataNode) read.metadata
                .getAsTree("javax_imageio_jpeg_image_1.0")).getElementsByTagName("app0JFIF").item(0);
        assertThat(jfif.getAttribute("Xdensity")).isEqualTo("150");
    }

    @Test
    void pngCarriesPhys() throws Exception {
        Read read = read(SampleScans.seed(42).a4Png(200), "png");
        assertThat(read.image.getWidth()).isEqualTo(SampleScans.a4Width(200));
        IIOMetadataNode phys = (IIOMetadataNode) ((IIOMetadataNode) read.metadata
                .getAsTree("javax_imageio_png_1.0")).getElementsByTagName("pHYs").item(0);
        assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
        assertThat(Math.round(Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis")) * 0.0254)).isEqualTo(200);
    }

    @Test
    void tiffG4At600DpiIsDecodedByTheJdkTiffReader() throws Exception {
        Scan scan = SampleScans.seed(42).a4TiffG4(600);
        Read read = read(scan, "tiff");
        assertThat(read.image.getWidth()).isEqualTo(4961);
        assertThat(read.image.getHeight()).isEqualTo(7016);
        assertThat(read.image.getColorModel().getPixelSize()).isEqualTo(1);
        TIFFDirectory dir = TIFFDirectory.createFromMetadata(read.metadata);
        assertThat(dir.getTIFFField(BaselineTIFFTagSet.TAG_COMPRESSION).getAsInt(0))
                .isEqualTo(BaselineTIFFTagSet.COMPRESSION_CCITT_T_6);
        assertThat(dir.getTIFFField(BaselineTIFFTagSet.TAG_X_RESOLUTION).getAsRational(0)).containsExactly(600, 1);
        assertThat(dir.getTIFFField(BaselineTIFFTagSet.TAG_Y_RESOLUTION).getAsRational(0)).containsExactly(600, 1);
        assertThat(dir.getTIFFField(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT).getAsInt(0))
                .isEqualTo(BaselineTIFFTagSet.RESOLUTION_UNIT_INCH);
        assertThat(scan.size()).as("G4 compresses a page to well under a megabyte").isLessThan(1_000_000);
    }

    @Test
    void multiPageTiffHasDifferentPages() throws Exception {
        Scan scan = SampleScans.seed(7).multiPageTiffG4(200, 3);
        assertThat(scan.pages()).isEqualTo(3);
        ImageReader reader = ImageIO.getImageReadersByFormatName("tiff").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(scan.bytes()))) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(3);
            BufferedImage p0 = reader.read(0);
            BufferedImage p2 = reader.read(2);
            assertThat(p0.getWidth()).isEqualTo(SampleScans.a4Width(200));
            assertThat(darkPixels(p0)).isNotEqualTo(darkPixels(p2));
        } finally {
            reader.dispose();
        }
    }

    @Test
    void deterministicForASeedAndDifferentAcrossSeeds() {
        assertThat(SampleScans.seed(42).a4Jpeg(150).bytes()).isEqualTo(SampleScans.seed(42).a4Jpeg(150).bytes());
        assertThat(SampleScans.seed(42).a4TiffG4(150).bytes()).isEqualTo(SampleScans.seed(42).a4TiffG4(150).bytes());
        assertThat(SampleScans.seed(42).a4Jpeg(150).bytes()).isNotEqualTo(SampleScans.seed(43).a4Jpeg(150).bytes());
    }

    @Test
    void refusesResolutionsOutsideWhatScannersProduce() {
        assertThatThrownBy(() -> SampleScans.seed(1).a4Jpeg(72)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("150..600");
        assertThatThrownBy(() -> SampleScans.seed(1).a4Png(1200)).isInstanceOf(IllegalArgumentException.class);
    }

    private record Read(BufferedImage image, IIOMetadata metadata) {
    }

    private static Read read(Scan scan, String format) throws Exception {
        Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName(format);
        ImageReader reader = it.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(scan.bytes()))) {
            reader.setInput(in);
            return new Read(reader.read(0), reader.getImageMetadata(0));
        } finally {
            reader.dispose();
        }
    }

    private static long redPixels(BufferedImage img) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int p = img.getRGB(x, y);
                int r = (p >> 16) & 0xff;
                int g = (p >> 8) & 0xff;
                int b = p & 0xff;
                if (r > 150 && g < 100 && b < 100) {
                    n++;
                }
            }
        }
        return n;
    }

    private static long darkPixels(BufferedImage img) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                if ((img.getRGB(x, y) & 0xff) < 100) {
                    n++;
                }
            }
        }
        return n;
    }
}

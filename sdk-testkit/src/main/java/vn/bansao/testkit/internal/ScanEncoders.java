package vn.bansao.testkit.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import vn.bansao.testkit.Scan;

/** Encodes pages with the JDK's own ImageIO writers, recording the resolution in each format's own way. */
public final class ScanEncoders {

    private ScanEncoders() {
    }

    /** JPEG, quality 0.85, JFIF APP0 density = dpi (units: dots per inch). */
    public static Scan jpeg(BufferedImage img, int dpi) {
        ImageWriter writer = writer("jpeg");
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            IIOMetadata md = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            String format = "javax_imageio_jpeg_image_1.0";
            IIOMetadataNode root = (IIOMetadataNode) md.getAsTree(format);
            IIOMetadataNode jfif = (IIOMetadataNode) root.getElementsByTagName("app0JFIF").item(0);
            jfif.setAttribute("resUnits", "1");
            jfif.setAttribute("Xdensity", Integer.toString(dpi));
            jfif.setAttribute("Ydensity", Integer.toString(dpi));
            md.setFromTree(format, root);
            return new Scan("image/jpeg", "jpg", dpi, img.getWidth(), img.getHeight(), 1,
                    write(writer, List.of(new IIOImage(img, null, md)), param));
        } catch (IIOInvalidTreeException e) {
            throw new IllegalStateException(e);
        } finally {
            writer.dispose();
        }
    }

    /** PNG with a pHYs chunk in pixels per metre. */
    public static Scan png(BufferedImage img, int dpi) {
        ImageWriter writer = writer("png");
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata md = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            String format = "javax_imageio_png_1.0";
            IIOMetadataNode root = new IIOMetadataNode(format);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String ppm = Long.toString(Math.round(dpi / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", ppm);
            phys.setAttribute("pixelsPerUnitYAxis", ppm);
            phys.setAttribute("unitSpecifier", "meter");
            root.appendChild(phys);
            md.mergeTree(format, root);
            return new Scan("image/png", "png", dpi, img.getWidth(), img.getHeight(), 1,
                    write(writer, List.of(new IIOImage(img, null, md)), param));
        } catch (IIOInvalidTreeException e) {
            throw new IllegalStateException(e);
        } finally {
            writer.dispose();
        }
    }

    /** TIFF, one IFD per page, CCITT T.6 (Group 4), XResolution/YResolution = dpi, ResolutionUnit = inch. */
    public static Scan tiffG4(List<BufferedImage> pages, int dpi) {
        ImageWriter writer = writer("tiff");
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("CCITT T.6");
            BaselineTIFFTagSet base = BaselineTIFFTagSet.getInstance();
            List<IIOImage> images = new java.util.ArrayList<>();
            for (BufferedImage page : pages) {
                IIOMetadata md = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page),
                        param);
                TIFFDirectory dir = TIFFDirectory.createFromMetadata(md);
                long[][] res = {{dpi, 1}};
                dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_X_RESOLUTION),
                        TIFFTag.TIFF_RATIONAL, 1, res));
                dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_Y_RESOLUTION),
                        TIFFTag.TIFF_RATIONAL, 1, res));
                dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT),
                        BaselineTIFFTagSet.RESOLUTION_UNIT_INCH));
                images.add(new IIOImage(page, null, dir.getAsMetadata()));
            }
            BufferedImage first = pages.get(0);
            return new Scan("image/tiff", "tif", dpi, first.getWidth(), first.getHeight(), pages.size(),
                    write(writer, images, param));
        } catch (IIOInvalidTreeException e) {
            throw new IllegalStateException(e);
        } finally {
            writer.dispose();
        }
    }

    private static ImageWriter writer(String format) {
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName(format);
        if (!it.hasNext()) {
            throw new IllegalStateException("no ImageIO writer for " + format);
        }
        return it.next();
    }

    private static byte[] write(ImageWriter writer, List<IIOImage> images, ImageWriteParam param) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            if (images.size() == 1) {
                writer.write(null, images.get(0), param);
            } else {
                writer.prepareWriteSequence(null);
                for (IIOImage image : images) {
                    writer.writeToSequence(image, param);
                }
                writer.endWriteSequence();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode scan", e);
        }
        return bytes.toByteArray();
    }
}

package vn.bansao.core.internal.embed;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.bansao.core.internal.scan.ByteRange;
import vn.bansao.core.internal.scan.ImagePlan;
import vn.bansao.core.internal.scan.ScanAccess;
import vn.bansao.core.manifest.Manifest;

/**
 * Writes an image XObject for a page plan. Pass-through copies the planned byte ranges of the input into
 * the stream's raw (still encoded) data, so nothing is decoded; re-encoding decodes once and deflates.
 */
public final class ImageEmbedder {

    private ImageEmbedder() {
    }

    /**
     * Writes the image of {@code plan}. {@code opened} holds the inputs opened for single-range pass-through:
     * their stream refers to the input's bytes (array or memory-mapped file) instead of copying them, so the
     * caller closes them only after saving.
     */
    public static EmbeddedImage embed(PDDocument doc, ColourSpaces spaces, ImagePlan plan,
                                      Map<vn.bansao.core.ScanSource, RandomAccessRead> opened) throws IOException {
        if (plan.passThrough() == null) {
            return reencode(doc, spaces, plan);
        }
        ImagePlan.PassThrough pt = plan.passThrough();
        if (pt.ranges().size() == 1 && !pt.reverseBits()) {
            RandomAccessRead in = opened.get(plan.source());
            if (in == null) {
                in = ScanAccess.open(plan.source());
                opened.put(plan.source(), in);
            }
            ByteRange r = pt.ranges().get(0);
            if (r.offset() + r.length() > in.length()) {
                throw new IOException(plan.source().name() + ": input changed while building");
            }
            COSStream s = new COSStream(null, in.createView(r.offset(), r.length()));
            describe(s, spaces, plan);
            String sha = r.offset() == 0 && r.length() == in.length() ? plan.sourceSha256() : digest(s);
            return new EmbeddedImage(s, sha);
        }
        return passThrough(doc, spaces, plan);
    }

    private static String digest(COSStream s) throws IOException {
        MessageDigest md = vn.bansao.common.Sha256.newDigest();
        try (InputStream raw = s.createRawInputStream()) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = raw.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return Manifest.hex(md.digest());
    }

    private static void describe(COSStream s, ColourSpaces spaces, ImagePlan plan) throws IOException {
        ImagePlan.PassThrough pt = plan.passThrough();
        imageDict(s, plan.width(), plan.height());
        if (!"JPXDecode".equals(pt.filter())) {
            s.setInt(COSName.BITS_PER_COMPONENT, pt.bitsPerComponent());
            s.setItem(COSName.COLORSPACE, spaces.of(pt.colour()));
        } else if ("image/j2c".equals(plan.mediaType())) {
            // JPX: the JP2 header's colour specification is used; a raw codestream has none
            s.setItem(COSName.COLORSPACE, spaces.of(pt.colour()));
        }
        s.setItem(COSName.FILTER, COSName.getPDFName(pt.filter()));
        if (!pt.decodeParms().isEmpty()) {
            COSDictionary parms = new COSDictionary();
            for (Map.Entry<String, Object> e : pt.decodeParms().entrySet()) {
                parms.setItem(COSName.getPDFName(e.getKey()), e.getValue() instanceof Boolean b
                        ? COSBoolean.getBoolean(b) : COSInteger.get(((Number) e.getValue()).longValue()));
            }
            s.setItem(COSName.DECODE_PARMS, parms);
        }
        if (pt.decodeInverted()) {
            COSArray decode = new COSArray();
            for (int i = 0; i < pt.colour().components(); i++) {
                decode.add(COSInteger.ONE);
                decode.add(COSInteger.ZERO);
            }
            s.setItem(COSName.DECODE, decode);
        }
    }

    private static EmbeddedImage passThrough(PDDocument doc, ColourSpaces spaces, ImagePlan plan)
            throws IOException {
        ImagePlan.PassThrough pt = plan.passThrough();
        COSStream s = doc.getDocument().createCOSStream();
        describe(s, spaces, plan);
        // a whole file copied unchanged has the digest the probe already computed
        boolean wholeFile = !pt.reverseBits() && pt.ranges().size() == 1 && pt.ranges().get(0).offset() == 0
                && pt.ranges().get(0).length() == plan.source().size();
        MessageDigest md = vn.bansao.common.Sha256.newDigest();
        byte[] buf = new byte[1 << 16];
        try (RandomAccessRead in = ScanAccess.open(plan.source());
             OutputStream out = wholeFile ? s.createRawOutputStream()
                     : new DigestOutputStream(s.createRawOutputStream(), md)) {
            for (ByteRange r : pt.ranges()) {
                in.seek(r.offset());
                long left = r.length();
                while (left > 0) {
                    int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                    if (n <= 0) {
                        throw new IOException(plan.source().name() + ": input changed while building");
                    }
                    if (pt.reverseBits()) {
                        for (int i = 0; i < n; i++) {
                            buf[i] = (byte) (Integer.reverse(buf[i] & 0xff) >>> 24);
                        }
                    }
                    out.write(buf, 0, n);
                    left -= n;
                }
            }
        }
        return new EmbeddedImage(s, wholeFile ? plan.sourceSha256() : Manifest.hex(md.digest()));
    }

    private static EmbeddedImage reencode(PDDocument doc, ColourSpaces spaces, ImagePlan plan) throws IOException {
        ImagePlan.Reencode re = plan.reencode();
        BufferedImage img = ImageDecoder.decode(plan.source(), re.imageIoFormat(), re.imageIndex());
        LosslessRaster raster = LosslessRaster.of(img, re.flatten(), plan.source().name(), plan.sourcePage());
        COSStream s = doc.getDocument().createCOSStream();
        imageDict(s, raster.width(), raster.height());
        s.setInt(COSName.BITS_PER_COMPONENT, raster.bitsPerComponent());
        s.setItem(COSName.COLORSPACE, spaces.of(raster.colour()));
        try (OutputStream out = s.createOutputStream(COSName.FLATE_DECODE)) {
            raster.write(out);
        }
        return new EmbeddedImage(s, digest(s));
    }

    private static void imageDict(COSStream s, int w, int h) {
        s.setItem(COSName.TYPE, COSName.XOBJECT);
        s.setItem(COSName.SUBTYPE, COSName.IMAGE);
        s.setInt(COSName.WIDTH, w);
        s.setInt(COSName.HEIGHT, h);
    }

}

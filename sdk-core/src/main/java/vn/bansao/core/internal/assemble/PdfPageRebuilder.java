package vn.bansao.core.internal.assemble;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import vn.bansao.core.internal.embed.ColourSpaces;
import vn.bansao.core.internal.scan.Colour;
import vn.bansao.core.internal.scan.PdfPagePlan;
import vn.bansao.core.internal.scan.ScanPageContent;

/**
 * Rebuilds a page of a scanned PDF from the images it draws ({@link ScanPageContent}): a fresh page with the
 * source's media box, crop box, rotation and user unit; a fresh content stream {@code q a b c d e f cm /Im Do Q}
 * per draw; fresh resources holding only those images. Each image is a new stream whose encoded bytes are the
 * source's, unchanged, with only the keys that say how to decode and show them (size, colour space, bits,
 * filters, decode array, intent): no masks, optional content, metadata, alternates, structure or
 * {@code /Interpolate}. Nothing else of the source page is carried over (annotations, actions, transparency
 * group, structure parents, piece info, thumbnails, other boxes, unused resources).
 *
 * <p>A page drawing a single image names it {@code /BsScan}, like an image page, so the reader and the verifier
 * recompute its digest; with several images they are {@code /Im0}, {@code /Im1}, ...
 */
final class PdfPageRebuilder {

    private static final COSName[] IMAGE_KEYS = {COSName.TYPE, COSName.SUBTYPE, COSName.WIDTH, COSName.HEIGHT,
        COSName.COLORSPACE, COSName.BITS_PER_COMPONENT, COSName.FILTER, COSName.DECODE_PARMS, COSName.DECODE,
        COSName.INTENT};
    private static final COSName[] DEFAULT_SPACES = {COSName.getPDFName("DefaultGray"),
        COSName.getPDFName("DefaultRGB"), COSName.getPDFName("DefaultCMYK")};

    /** What the manifest records of a rebuilt page: its single image's size and digest, or zeros and "". */
    record Rebuilt(int widthPx, int heightPx, String streamSha256) {
    }

    /** An image copied into the package, with the SHA-256 of its encoded bytes. */
    record Copy(COSStream stream, String sha256) {
    }

    private PdfPageRebuilder() {
    }

    /**
     * @param copies images already copied from this source document (an image shared by pages is copied once)
     */
    static Rebuilt rebuild(PDDocument doc, ColourSpaces spaces, PDDocument src, PdfPagePlan plan,
                           Map<COSStream, Copy> copies) throws IOException {
        PDPage from = src.getPage(plan.sourcePage() - 1);
        // the same reading as when the input was validated: the draws come from it, not from the resources
        ScanPageContent content = ScanPageContent.read(plan.source().name(), plan.sourcePage(), from, new HashSet<>());
        Map<COSStream, COSName> names = new LinkedHashMap<>();
        for (ScanPageContent.Draw d : content.draws()) {
            names.putIfAbsent(d.image(), null);
        }
        int i = 0;
        for (Map.Entry<COSStream, COSName> e : names.entrySet()) {
            e.setValue(names.size() == 1 ? PackageAssembler.SCAN_XOBJECT : COSName.getPDFName("Im" + i++));
        }

        PDPage page = new PDPage(from.getMediaBox());
        PDRectangle crop = from.getCropBox();
        if (!sameBox(crop, from.getMediaBox())) {
            page.setCropBox(crop);
        }
        if (from.getRotation() != 0) {
            page.setRotation(from.getRotation());
        }
        if (from.getUserUnit() != 1f) {
            page.setUserUnit(from.getUserUnit());
        }
        COSDictionary xobjects = new COSDictionary();
        Copy single = null;
        for (Map.Entry<COSStream, COSName> e : names.entrySet()) {
            Copy c = copies.get(e.getKey());
            if (c == null) {
                c = copyImage(doc, e.getKey());
                copies.put(e.getKey(), c);
            }
            xobjects.setItem(e.getValue(), c.stream());
            single = c;
        }
        PDResources res = new PDResources();
        res.getCOSObject().setItem(COSName.XOBJECT, xobjects);
        res.getCOSObject().setItem(COSName.COLORSPACE, defaultSpaces(from, spaces));
        page.setResources(res);

        StringBuilder ops = new StringBuilder();
        for (ScanPageContent.Draw d : content.draws()) {
            ops.append("q ").append(d.matrix().toCm()).append(" /").append(names.get(d.image()).getName())
                    .append(" Do Q\n");
        }
        PDStream stream = new PDStream(doc);
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            os.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
        }
        page.setContents(stream);
        doc.addPage(page);
        if (names.size() != 1) {
            return new Rebuilt(0, 0, "");
        }
        COSStream img = names.keySet().iterator().next();
        return new Rebuilt(img.getInt(COSName.WIDTH), img.getInt(COSName.HEIGHT), single.sha256());
    }

    /** A new image stream: the source's encoded bytes unchanged, only the keys needed to decode and show them. */
    private static Copy copyImage(PDDocument doc, COSStream image) throws IOException {
        COSStream copy = doc.getDocument().createCOSStream();
        MessageDigest sha = vn.bansao.common.Sha256.newDigest();
        try (InputStream in = image.createRawInputStream();
             OutputStream out = new DigestOutputStream(copy.createRawOutputStream(), sha)) {
            in.transferTo(out);
        }
        for (COSName key : IMAGE_KEYS) {
            COSBase v = image.getItem(key);
            if (v != null) {
                copy.setItem(key, v);
            }
        }
        copy.setItem(COSName.TYPE, COSName.XOBJECT);
        return new Copy(copy, vn.bansao.common.Sha256.toHex(sha.digest()));
    }

    /**
     * The page's default colour spaces, which change how device-colour images look, carried over; a
     * {@code /DefaultCMYK} ICC profile added when there is none, so device CMYK is characterised for PDF/A.
     */
    private static COSDictionary defaultSpaces(PDPage from, ColourSpaces spaces) throws IOException {
        COSDictionary out = new COSDictionary();
        COSDictionary source = from.getResources() == null ? null
                : from.getResources().getCOSObject().getCOSDictionary(COSName.COLORSPACE);
        for (COSName key : DEFAULT_SPACES) {
            if (source != null && source.getItem(key) != null) {
                out.setItem(key, source.getItem(key));
            }
        }
        if (!out.containsKey(DEFAULT_SPACES[2])) {
            out.setItem(DEFAULT_SPACES[2], spaces.of(Colour.cmyk(new byte[0])));
        }
        return out;
    }

    private static boolean sameBox(PDRectangle a, PDRectangle b) {
        return a.getLowerLeftX() == b.getLowerLeftX() && a.getLowerLeftY() == b.getLowerLeftY()
                && a.getUpperRightX() == b.getUpperRightX() && a.getUpperRightY() == b.getUpperRightY();
    }
}

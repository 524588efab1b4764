package vn.bansao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static vn.bansao.core.ScanPdfs.FORGED_JPEG;
import static vn.bansao.core.ScanPdfs.SCAN_JPEG;
import static vn.bansao.core.ScanPdfs.jpeg;
import static vn.bansao.core.ScanPdfs.pdf;
import static vn.bansao.core.ScanPdfs.put;
import static vn.bansao.core.ScanPdfs.scanWith;
import static vn.bansao.core.ScanPdfs.stream;
import static vn.bansao.core.ScanPdfs.xobject;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.core.ScanRejectedException.Reason;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.core.manifest.ManifestPage;
import vn.bansao.core.read.CertifiedCopyContents;
import vn.bansao.core.read.CertifiedCopyReader;

/**
 * A scanned PDF input page must be a scan (issue 11, the builder's shadow attacks): each hostile construct is
 * built at test time and must be refused with the file, the page and a bilingual reason, or dropped so that the
 * copy carries only the images the page draws (checked on the copy's structure, by poppler's {@code pdftotext}
 * and {@code pdfimages}, by veraPDF, and by rendering).
 */
class ScannedPdfInputTest {

    static final String TEXT = "BT /F1 24 Tf 50 300 Td (SO 999/2026) Tj ET";
    private static final Set<COSName> PAGE_KEYS = Set.of(COSName.TYPE, COSName.PARENT, COSName.MEDIA_BOX,
            COSName.CROP_BOX, COSName.ROTATE, COSName.getPDFName("UserUnit"), COSName.RESOURCES, COSName.CONTENTS);

    @TempDir
    Path dir;

    // ---------------------------------------------------------------- accepted

    @Test
    void plainScannedPdfIsRebuiltWithItsImageBytesUnchanged() throws Exception {
        BufferedImage gray = TestScans.page(300, 200, 5);
        byte[] input = pdf(
                (doc, page, res) -> {
                    xobject(res, "Im0", jpeg(doc, SCAN_JPEG).getCOSObject());
                    page.setRotation(90);
                    // a plain graphics state, line and colour settings and rendering intent: harmless, dropped
                    COSDictionary gs = new COSDictionary();
                    gs.setName(COSName.BM, "Normal");
                    gs.setItem(COSName.CA, new COSFloat(1f));
                    gs.setItem(COSName.LW, COSInteger.get(2));
                    put(res, COSName.EXT_G_STATE, "GS0", gs);
                    return "q /GS0 gs 0 g 2 w /Perceptual ri 0.5 0 0 0.5 0 0 cm 800 0 0 1000 0 0 cm /Im0 Do Q";
                },
                (doc, page, res) -> {
                    page.setMediaBox(new PDRectangle(500, 400));
                    xobject(res, "X9", ScanPdfs.lossless(doc, gray).getCOSObject());
                    // rotated a quarter turn by the matrix, inside a clip that cuts nothing
                    return "q 0 0 500 400 re W n q 0 -400 500 0 0 400 cm /X9 Do Q Q";
                });
        byte[] copy = build(input);
        CertifiedCopyContents c = CertifiedCopyReader.read(copy);
        assertThat(c.manifest().pages()).hasSize(2);
        assertThat(c.passThroughMismatches()).isEmpty();
        ManifestPage p1 = c.manifest().pages().get(0);
        assertThat(p1.embeddedStreamSha256()).isEqualTo(sha256(SCAN_JPEG));
        assertThat(c.imageDigest(1)).contains(sha256(SCAN_JPEG));
        assertThat(p1.widthPx()).isEqualTo(400);
        try (PDDocument d = Loader.loadPDF(copy)) {
            PDPage out1 = d.getPage(0);
            assertThat(out1.getRotation()).isEqualTo(90);
            COSStream img = (COSStream) out1.getResources().getCOSObject().getCOSDictionary(COSName.XOBJECT)
                    .getDictionaryObject(COSName.getPDFName("BsScan"));
            try (var raw = img.createRawInputStream()) {
                assertThat(raw.readAllBytes()).isEqualTo(SCAN_JPEG);
            }
            assertThat(content(out1)).isEqualTo("q 400 0 0 500 0 0 cm /BsScan Do Q\n");
            assertThat(content(d.getPage(1))).isEqualTo("q 0 -400 500 0 0 400 cm /BsScan Do Q\n");
            assertThat(d.getPage(1).getMediaBox().getWidth()).isEqualTo(500);
        }
        assertCarriesOnlyDrawnImages(copy, 2, 1);
        assertRendersLikeTheInput(input, copy, 2);
        assertPopplerRendersLikeTheInput(input, copy, 2);
    }

    @Test
    void unusedImageFormAndFontInResourcesAreDropped() throws Exception {
        byte[] input = pdf((doc, page, res) -> {
            xobject(res, "Im0", jpeg(doc, SCAN_JPEG).getCOSObject());
            COSStream forged = jpeg(doc, FORGED_JPEG).getCOSObject();
            xobject(res, "Forged", forged);
            PDFormXObject form = textForm(doc, new PDRectangle(0, 0, 0, 0));
            xobject(res, "Fm0", form.getCOSObject());
            put(res, COSName.FONT, "F1", new PDType1Font(Standard14Fonts.FontName.HELVETICA).getCOSObject());
            return "q 400 0 0 500 0 0 cm /Im0 Do Q";
        });
        byte[] copy = build(input);
        // neither the forged picture's bytes nor the form's text are anywhere in the file
        assertThat(indexOf(copy, java.util.Arrays.copyOfRange(FORGED_JPEG, 600, 700))).isEqualTo(-1);
        assertThat(new String(copy, StandardCharsets.ISO_8859_1)).doesNotContain("SO 999/2026");
        assertCarriesOnlyDrawnImages(copy, 1, 1);
        assertThat(pdfimagesCount(copy, 1)).isEqualTo(1);
    }

    @Test
    void annotationsJavaScriptFormsAndPageExtrasAreStillStripped() throws Exception {
        byte[] input;
        try (PDDocument doc = Loader.loadPDF(pdf(scanWith("", "")))) {
            PDPage page = doc.getPage(0);
            COSDictionary annot = new COSDictionary();
            annot.setName(COSName.TYPE, "Annot");
            annot.setName(COSName.SUBTYPE, "FreeText");
            annot.setItem(COSName.RECT, new PDRectangle(10, 10, 200, 40).getCOSArray());
            annot.setString(COSName.CONTENTS, "SO 999/2026");
            COSDictionary ap = new COSDictionary();
            ap.setItem(COSName.N, textForm(doc, new PDRectangle(0, 0, 200, 40)).getCOSObject());
            annot.setItem(COSName.AP, ap);
            COSArray annots = new COSArray();
            annots.add(annot);
            COSDictionary p = page.getCOSObject();
            p.setItem(COSName.ANNOTS, annots);
            COSDictionary js = new COSDictionary();
            js.setName(COSName.S, "JavaScript");
            js.setString(COSName.JS, "app.alert('SO 999')");
            COSDictionary aa = new COSDictionary();
            aa.setItem(COSName.O, js);
            p.setItem(COSName.AA, aa);
            p.setInt(COSName.STRUCT_PARENTS, 0);
            p.setItem(COSName.getPDFName("PieceInfo"), new COSDictionary());
            p.setItem(COSName.getPDFName("Thumb"), stream(doc, new byte[12], "Width", 2, "Height", 2,
                    "BitsPerComponent", 8, "ColorSpace", "DeviceRGB"));
            COSDictionary group = new COSDictionary();
            group.setName(COSName.S, "Transparency");
            p.setItem(COSName.GROUP, group);
            p.setItem(COSName.BLEED_BOX, new PDRectangle(0, 0, 100, 100).getCOSArray());
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.OPEN_ACTION, js);
            COSDictionary acro = new COSDictionary();
            COSDictionary field = new COSDictionary();
            field.setName(COSName.FT, "Tx");
            field.setString(COSName.T, "so");
            field.setString(COSName.V, "SO 999/2026");
            COSArray fields = new COSArray();
            fields.add(field);
            acro.setItem(COSName.FIELDS, fields);
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.ACRO_FORM, acro);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            input = out.toByteArray();
        }
        byte[] copy = build(input);
        try (PDDocument d = Loader.loadPDF(copy)) {
            assertThat(d.getDocumentCatalog().getCOSObject().containsKey(COSName.OPEN_ACTION)).isFalse();
            assertThat(d.getDocumentCatalog().getAcroForm().getFields().stream().map(f -> f.getFullyQualifiedName()))
                    .allMatch(n -> n.startsWith("bansao_"));
        }
        assertThat(new String(copy, StandardCharsets.ISO_8859_1)).doesNotContain("SO 999").doesNotContain("JavaScript");
        assertCarriesOnlyDrawnImages(copy, 1, 1);
    }

    @Test
    void emptyAndStructureMarkedContentIsDroppedAroundTheImage() throws Exception {
        byte[] input = pdf(scanWith("/Artifact BMC EMC /Figure <</MCID 0>> BDC", "EMC"));
        byte[] copy = build(input);
        try (PDDocument d = Loader.loadPDF(copy)) {
            assertThat(content(d.getPage(0))).isEqualTo("q 400 0 0 500 0 0 cm /BsScan Do Q\n");
        }
        assertCarriesOnlyDrawnImages(copy, 1, 1);
    }

    @Test
    void imagesSideBySideAreEachKept() throws Exception {
        byte[] input = pdf((doc, page, res) -> {
            xobject(res, "A", jpeg(doc, SCAN_JPEG).getCOSObject());
            xobject(res, "B", jpeg(doc, FORGED_JPEG).getCOSObject());
            return "q 200 0 0 250 0 250 cm /A Do Q q 200 0 0 250 200 0 cm /B Do Q";
        });
        byte[] copy = build(input);
        try (PDDocument d = Loader.loadPDF(copy)) {
            assertThat(content(d.getPage(0)))
                    .isEqualTo("q 200 0 0 250 0 250 cm /Im0 Do Q\nq 200 0 0 250 200 0 cm /Im1 Do Q\n");
        }
        assertCarriesOnlyDrawnImages(copy, 1, 2);
        assertRendersLikeTheInput(input, copy, 1);
    }

    @Test
    void opaqueSoftMaskIsDroppedAndTheImageKept() throws Exception {
        BufferedImage argb = new BufferedImage(60, 80, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = argb.createGraphics();
        g.setColor(new Color(30, 90, 160, 255));
        g.fillRect(0, 0, 60, 80);
        g.dispose();
        byte[] input = pdf((doc, page, res) -> {
            COSStream img = ScanPdfs.lossless(doc, argb).getCOSObject();
            assertThat(img.containsKey(COSName.SMASK)).isTrue();
            xobject(res, "Im0", img);
            return "q 400 0 0 500 0 0 cm /Im0 Do Q";
        });
        byte[] copy = build(input);
        assertCarriesOnlyDrawnImages(copy, 1, 1);
    }

    // ---------------------------------------------------------------- refused

    @Test
    void optionalContentHidingTextIsRefused() throws Exception {
        byte[] input = pdf(withFont(withOcg(scanWith("", "/OC /oc1 BDC " + TEXT + " EMC"))));
        assertRefused(input, 1, Reason.NOT_A_SCAN, "optional content");
    }

    @Test
    void optionalContentHidingAnImageIsRefused() throws Exception {
        byte[] input = pdf(withOcg((doc, page, res) -> {
            xobject(res, "Im0", jpeg(doc, SCAN_JPEG).getCOSObject());
            xobject(res, "Forged", jpeg(doc, FORGED_JPEG).getCOSObject());
            return "/OC /oc1 BDC q 400 0 0 500 0 0 cm /Forged Do Q EMC q 400 0 0 500 0 0 cm /Im0 Do Q";
        }));
        assertRefused(input, 1, Reason.NOT_A_SCAN, "optional content");
    }

    @Test
    void imageMarkedAsOptionalContentIsRefused() throws Exception {
        byte[] input = pdf((doc, page, res) -> {
            COSStream img = jpeg(doc, SCAN_JPEG).getCOSObject();
            img.setItem(COSName.OC, ocg());
            xobject(res, "Im0", img);
            return "q 400 0 0 500 0 0 cm /Im0 Do Q";
        });
        assertRefused(input, 1, Reason.NOT_A_SCAN, "optional content");
    }

    @Test
    void zeroSizeFormXObjectIsRefused() throws Exception {
        byte[] input = pdf((doc, page, res) -> {
            xobject(res, "Im0", jpeg(doc, SCAN_JPEG).getCOSObject());
            xobject(res, "Fm0", textForm(doc, new PDRectangle(0, 0, 0, 0)).getCOSObject());
            return "q 400 0 0 500 0 0 cm /Im0 Do Q q /Fm0 Do Q";
        });
        assertRefused(input, 1, Reason.NOT_A_SCAN, "form XObject /Fm0");
    }

    @Test
    void invisibleTextRenderMode3IsRefused() throws Exception {
        // a second page, so the refusal must name page 2
        byte[] input = pdf(scanWith("", ""), withFont(scanWith("", "BT 3 Tr /F1 24 Tf 50 300 Td (SO 999/2026) Tj ET")));
        assertRefused(input, 2, Reason.NOT_A_SCAN, "contains text");
    }

    @Test
    void whiteTextIsRefused() throws Exception {
        byte[] input = pdf(withFont(scanWith("", "1 1 1 rg " + TEXT)));
        assertRefused(input, 1, Reason.NOT_A_SCAN, "contains text");
    }

    @Test
    void textUnderTheImageIsRefused() throws Exception {
        byte[] input = pdf(withFont(scanWith(TEXT, "")));
        assertRefused(input, 1, Reason.NOT_A_SCAN, "contains text");
    }

    @Test
    void vectorRectangleCoveringPartOfTheScanIsRefused() throws Exception {
        byte[] input = pdf(scanWith("", "0.98 0.97 0.94 rg 60 280 180 40 re f"));
        assertRefused(input, 1, Reason.NOT_A_SCAN, "vector graphics (f)");
    }

    @Test
    void inlineImageIsRefused() throws Exception {
        String inline = "q 20 0 0 20 50 50 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \u0000\u00ff\u00ff\u0000 EI Q";
        byte[] input = pdf(scanWith("", inline));
        assertRefused(input, 1, Reason.NOT_A_SCAN, "inline image");
    }

    @Test
    void shadingIsRefused() throws Exception {
        byte[] input = pdf(scanWith("", "/Sh0 sh"));
        assertRefused(input, 1, Reason.NOT_A_SCAN, "shading");
    }

    @Test
    void transparencyInTheGraphicsStateIsRefused() throws Exception {
        for (String[] kv : new String[][] {{"BM", "Multiply"}, {"ca", "0.5"}, {"SMask", "dict"}}) {
            byte[] input = pdf((doc, page, res) -> {
                COSDictionary gs = new COSDictionary();
                switch (kv[0]) {
                    case "BM" -> gs.setName(COSName.BM, kv[1]);
                    case "ca" -> gs.setItem(COSName.getPDFName("ca"), new COSFloat(0.5f));
                    default -> gs.setItem(COSName.SMASK, new COSDictionary());
                }
                put(res, COSName.EXT_G_STATE, "GS1", gs);
                return scanWith("/GS1 gs", "").make(doc, page, res);
            });
            assertRefused(input, 1, Reason.NOT_A_SCAN, "/" + kv[0]);
        }
    }

    @Test
    void softMaskWithRealTransparencyIsRefused() throws Exception {
        BufferedImage argb = new BufferedImage(60, 80, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = argb.createGraphics();
        g.setColor(new Color(200, 0, 0, 255));
        g.fillRect(0, 0, 60, 80);
        g.setComposite(java.awt.AlphaComposite.Clear);
        g.fillRect(10, 10, 20, 20);   // the hidden part: pixels the copy would carry but nobody sees
        g.dispose();
        byte[] input = pdf((doc, page, res) -> {
            xobject(res, "Im0", ScanPdfs.lossless(doc, argb).getCOSObject());
            return "q 400 0 0 500 0 0 cm /Im0 Do Q";
        });
        assertRefused(input, 1, Reason.TRANSPARENCY, "soft mask");
    }

    @Test
    void stencilImageMaskIsRefused() throws Exception {
        byte[] input = pdf((doc, page, res) -> {
            xobject(res, "Im0", jpeg(doc, SCAN_JPEG).getCOSObject());
            xobject(res, "M", stream(doc, new byte[8], "Type", "XObject", "Subtype", "Image", "Width", 8,
                    "Height", 8, "BitsPerComponent", 1, "ImageMask", true));
            return "q 400 0 0 500 0 0 cm /Im0 Do Q 0 g q 80 0 0 80 100 100 cm /M Do Q";
        });
        assertRefused(input, 1, Reason.NOT_A_SCAN, "stencil mask");
    }

    @Test
    void decodeArrayThatFlattensTheImageIsRefusedAndAnInvertingOneKept() throws Exception {
        // [0 0]: a flat black rectangle on screen, the picture still in the samples pdfimages hands out
        assertRefused(pdf((doc, page, res) -> {
            COSStream img = jpeg(doc, SCAN_JPEG).getCOSObject();
            COSArray decode = new COSArray();
            for (int i = 0; i < 6; i++) {
                decode.add(COSInteger.ZERO);
            }
            img.setItem(COSName.DECODE, decode);
            xobject(res, "Im0", img);
            return "q 400 0 0 500 0 0 cm /Im0 Do Q";
        }), 1, Reason.NOT_A_SCAN, "/Decode");
        byte[] inverted = pdf((doc, page, res) -> {
            COSStream img = stream(doc, new byte[64], "Type", "XObject", "Subtype", "Image", "Width", 8, "Height", 8,
                    "BitsPerComponent", 8, "ColorSpace", "DeviceGray");
            COSArray decode = new COSArray();
            decode.add(COSInteger.ONE);
            decode.add(COSInteger.ZERO);
            img.setItem(COSName.DECODE, decode);
            xobject(res, "Im0", img);
            return "q 400 0 0 500 0 0 cm /Im0 Do Q";
        });
        byte[] copy = build(inverted);
        assertCarriesOnlyDrawnImages(copy, 1, 1);
        assertRendersLikeTheInput(inverted, copy, 1);
    }

    @Test
    void separationColourSpaceImageIsRefused() throws Exception {
        byte[] input = pdf((doc, page, res) -> {
            COSDictionary tint = new COSDictionary();
            tint.setInt(COSName.FUNCTION_TYPE, 2);
            tint.setItem(COSName.DOMAIN, new COSArray(List.of(COSInteger.ZERO, COSInteger.ONE)));
            tint.setItem(COSName.C0, new COSArray(List.of(COSInteger.ONE)));
            tint.setItem(COSName.C1, new COSArray(List.of(COSInteger.ONE)));
            tint.setInt(COSName.N, 1);
            COSArray cs = new COSArray(List.of(COSName.SEPARATION, COSName.getPDFName("None"), COSName.DEVICEGRAY, tint));
            COSStream img = stream(doc, new byte[64], "Type", "XObject", "Subtype", "Image", "Width", 8, "Height", 8,
                    "BitsPerComponent", 8);
            img.setItem(COSName.COLORSPACE, cs);
            xobject(res, "Im0", img);
            return "q 400 0 0 500 0 0 cm /Im0 Do Q";
        });
        assertRefused(input, 1, Reason.NOT_A_SCAN, "Separation colour space");
    }

    @Test
    void clipHidingPartOfTheImageIsRefused() throws Exception {
        byte[] input = pdf(scanWith("0 0 400 250 re W n", ""));
        assertRefused(input, 1, Reason.NOT_A_SCAN, "clip hides part");
    }

    @Test
    void imageHiddenUnderAnotherIsRefused() throws Exception {
        byte[] input = pdf((doc, page, res) -> {
            xobject(res, "Forged", jpeg(doc, FORGED_JPEG).getCOSObject());
            return "q 100 0 0 40 50 300 cm /Forged Do Q " + scanWith("", "").make(doc, page, res);
        });
        assertRefused(input, 1, Reason.NOT_A_SCAN, "overlaps another image");
    }

    @Test
    void imagesDrawnInvisiblySmallOffOrLargelyBeyondThePageAreRefused() throws Exception {
        assertRefused(pdf(scanWith("", "q 0.2 0 0 0.2 10 10 cm /Im0 Do Q")), 1, Reason.NOT_A_SCAN, "too small");
        assertRefused(pdf(scanWith("", "q 400 0 0 500 0 -2000 cm /Im0 Do Q")), 1, Reason.NOT_A_SCAN,
                "outside the visible page");
        // the forged upper half lies above the page: no viewer shows it, the copy would carry it
        assertRefused(pdf((doc, page, res) -> {
            xobject(res, "Im0", jpeg(doc, SCAN_JPEG).getCOSObject());
            return "q 400 0 0 1000 0 0 cm /Im0 Do Q";
        }), 1, Reason.NOT_A_SCAN, "lies outside the visible page (hidden)");
    }

    @Test
    void hostileContentIsBounded() throws Exception {
        assertRefused(pdf(scanWith("q ".repeat(100), " Q".repeat(100))), 1, Reason.TOO_LARGE, "nested deeper");
        assertRefused(pdf(scanWith("1 w ".repeat(30_000), "")), 1, Reason.TOO_LARGE, "operators");
        assertRefused(pdf(scanWith("", "Q Q")), 1, Reason.CORRUPT, "Q without a matching q");
        assertRefused(pdf(scanWith("/P BMC", "")), 1, Reason.CORRUPT, "unclosed marked content");
        assertRefused(pdf((doc, page, res) -> "0 0 400 500 re n"), 1, Reason.NOT_A_SCAN, "draws no scanned image");
    }

    // ---------------------------------------------------------------- helpers

    private byte[] build(byte[] input) throws Exception {
        byte[] copy = CertifiedCopy.builder().scan(ScanSource.of("scan.pdf", input))
                .facts(TestScans.facts(CertificationKind.FROM_ORIGINAL)).build().toBytes();
        assertThat(VeraPdf.failures(copy)).isEmpty();
        return copy;
    }

    private void assertRefused(byte[] input, int page, Reason reason, String english) {
        ScanRejectedException e = null;
        try {
            CertifiedCopy.builder().scan(ScanSource.of("hostile.pdf", input))
                    .facts(TestScans.facts(CertificationKind.FROM_ORIGINAL)).build();
        } catch (ScanRejectedException x) {
            e = x;
        }
        assertThat(e).as("refused").isNotNull();
        assertThat(e.input()).isEqualTo("hostile.pdf");
        assertThat(e.page()).isEqualTo(page);
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.detailEn()).contains(english);
        assertThat(e.detailVi()).isNotBlank().isNotEqualTo(e.detailEn());
        assertThat(e.getMessage()).contains("hostile.pdf (page " + page + ")");
        assertThat(e.message(vn.bansao.common.BansaoException.VIETNAMESE)).contains("hostile.pdf (trang " + page + ")");
    }

    /**
     * The scan pages hold only their images: page entries from a fixed list, resources with XObjects (all images,
     * as many as drawn) and default colour spaces only, no text for poppler.
     */
    void assertCarriesOnlyDrawnImages(byte[] copy, int scanPages, int imagesPerPage) throws Exception {
        try (PDDocument d = Loader.loadPDF(copy)) {
            for (int i = 0; i < scanPages; i++) {
                COSDictionary page = d.getPage(i).getCOSObject();
                assertThat(page.keySet()).allMatch(PAGE_KEYS::contains);
                COSDictionary res = page.getCOSDictionary(COSName.RESOURCES);
                assertThat(res.keySet()).containsOnly(COSName.XOBJECT, COSName.COLORSPACE);
                COSDictionary xo = res.getCOSDictionary(COSName.XOBJECT);
                assertThat(xo.size()).isEqualTo(imagesPerPage);
                for (COSName k : xo.keySet()) {
                    COSStream s = (COSStream) xo.getDictionaryObject(k);
                    assertThat(s.getCOSName(COSName.SUBTYPE)).isEqualTo(COSName.IMAGE);
                    assertThat(s.keySet()).doesNotContain(COSName.SMASK, COSName.MASK, COSName.OC, COSName.METADATA,
                            COSName.getPDFName("Alternates"), COSName.STRUCT_PARENT);
                }
                assertThat(res.getCOSDictionary(COSName.COLORSPACE).keySet().stream().map(COSName::getName))
                        .allMatch(n -> n.startsWith("Default"));
            }
        }
        assumeThat(Files.exists(Path.of("/usr/bin/pdftotext"))).isTrue();
        Path f = Files.write(dir.resolve("copy-" + System.nanoTime() + ".pdf"), copy);
        Process p = new ProcessBuilder("pdftotext", "-f", "1", "-l", Integer.toString(scanPages), f.toString(), "-")
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(text.replaceAll("[\\s\\f]", "")).as("pdftotext on the scan pages").isEmpty();
    }

    private int pdfimagesCount(byte[] copy, int page) throws Exception {
        assumeThat(Files.exists(Path.of("/usr/bin/pdfimages"))).isTrue();
        Path f = Files.write(dir.resolve("img-" + System.nanoTime() + ".pdf"), copy);
        Process p = new ProcessBuilder("pdfimages", "-list", "-f", "1", "-l", Integer.toString(page), f.toString())
                .redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(p.waitFor()).isZero();
        return lines.size() - 2;   // two header lines
    }

    /** The rebuilt page shows what the input page showed (PDFBox at 36 dpi, a few differing pixels allowed). */
    static void assertRendersLikeTheInput(byte[] input, byte[] copy, int pages) throws Exception {
        try (PDDocument a = Loader.loadPDF(input); PDDocument b = Loader.loadPDF(copy)) {
            for (int i = 0; i < pages; i++) {
                BufferedImage x = new PDFRenderer(a).renderImageWithDPI(i, 36, ImageType.RGB);
                BufferedImage y = new PDFRenderer(b).renderImageWithDPI(i, 36, ImageType.RGB);
                assertThat(y.getWidth()).isEqualTo(x.getWidth());
                assertThat(y.getHeight()).isEqualTo(x.getHeight());
                int differing = 0;
                for (int py = 0; py < x.getHeight(); py++) {
                    for (int px = 0; px < x.getWidth(); px++) {
                        int p = x.getRGB(px, py);
                        int q = y.getRGB(px, py);
                        int diff = Math.max(Math.abs((p >> 16 & 255) - (q >> 16 & 255)),
                                Math.max(Math.abs((p >> 8 & 255) - (q >> 8 & 255)), Math.abs((p & 255) - (q & 255))));
                        if (diff > 8) {
                            differing++;
                        }
                    }
                }
                assertThat(differing).as("page %d pixels differing", i + 1).isLessThan(x.getWidth() * x.getHeight() / 200);
            }
        }
    }

    /** The same with poppler ({@code pdftoppm}, gray, 36 dpi) as an independent renderer. */
    private void assertPopplerRendersLikeTheInput(byte[] input, byte[] copy, int pages) throws Exception {
        assumeThat(Files.exists(Path.of("/usr/bin/pdftoppm"))).isTrue();
        Path in = Files.write(dir.resolve("in-" + System.nanoTime() + ".pdf"), input);
        Path out = Files.write(dir.resolve("out-" + System.nanoTime() + ".pdf"), copy);
        for (int page = 1; page <= pages; page++) {
            byte[] a = pgm(in, page);
            byte[] b = pgm(out, page);
            assertThat(b.length).as("poppler raster size, page %d", page).isEqualTo(a.length);
            int differing = 0;
            for (int i = 0; i < a.length; i++) {
                if (Math.abs((a[i] & 255) - (b[i] & 255)) > 8) {
                    differing++;
                }
            }
            assertThat(differing).as("poppler: page %d pixels differing", page).isLessThan(a.length / 200);
        }
    }

    private byte[] pgm(Path pdf, int page) throws Exception {
        Path prefix = dir.resolve("r-" + System.nanoTime());
        Process p = new ProcessBuilder("pdftoppm", "-gray", "-r", "36", "-f", Integer.toString(page), "-l",
                Integer.toString(page), "-singlefile", pdf.toString(), prefix.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
        return Files.readAllBytes(Path.of(prefix + ".pgm"));   // header included: it holds the size
    }

    private static String content(PDPage page) throws IOException {
        try (var in = page.getContents()) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    static PDFormXObject textForm(PDDocument doc, PDRectangle bbox) throws IOException {
        PDFormXObject form = new PDFormXObject(doc);
        form.setBBox(bbox);
        org.apache.pdfbox.pdmodel.PDResources r = new org.apache.pdfbox.pdmodel.PDResources();
        put(r.getCOSObject(), COSName.FONT, "F1", new PDType1Font(Standard14Fonts.FontName.HELVETICA).getCOSObject());
        form.setResources(r);
        try (OutputStream os = form.getContentStream().createOutputStream()) {
            os.write(TEXT.getBytes(StandardCharsets.US_ASCII));
        }
        return form;
    }

    static COSDictionary ocg() {
        COSDictionary ocg = new COSDictionary();
        ocg.setName(COSName.TYPE, "OCG");
        ocg.setItem(COSName.NAME, new COSString("hidden"));
        return ocg;
    }

    private static ScanPdfs.Page withOcg(ScanPdfs.Page inner) {
        return (doc, page, res) -> {
            put(res, COSName.PROPERTIES, "oc1", ocg());
            return inner.make(doc, page, res);
        };
    }

    private static ScanPdfs.Page withFont(ScanPdfs.Page inner) {
        return (doc, page, res) -> {
            put(res, COSName.FONT, "F1", new PDType1Font(Standard14Fonts.FontName.HELVETICA).getCOSObject());
            return inner.make(doc, page, res);
        };
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

package vn.bansao.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bansao.signing.Level;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;

/**
 * Issue 11's seeded mutation test: from the two-signature B-LT reference copy, {@link #MUTANTS} mutants (fixed
 * seed, every kind in turn), each one incremental update. For each: verify, render every page with PDFBox at
 * {@link #DPI} dpi, and compare with the signed revision's rendering. A mutant that renders differently and is
 * still VALID is a soundness bug: the test lists them all and fails.
 */
@ExtendWith(TestPkiExtension.class)
class MutationSoundnessTest {

    static final int MUTANTS = 52;
    static final long SEED = 20261207L;
    static final float DPI = 24;

    /** What an attacker changes after signing. */
    enum Kind {
        REPLACE_CONTENT, APPEND_CONTENT, REPLACE_IMAGE_DATA, REDEFINE_RESOURCES, ADD_ANNOTATION, CHANGE_MEDIABOX,
        ROTATE_PAGE, PAGE_IN_NEW_OBJECT_STREAM, DUPLICATE_CONTENT_DEFINITION, REWRITE_XMP, ADD_DSS_ENTRY,
        UPDATE_INFO, SHRINK_CROPBOX
    }

    record Outcome(Kind kind, int seedIndex, boolean rendersDifferently, Verdict verdict, String firstReason) {
    }

    @Test
    void noMutantRendersDifferentlyAndStaysValid(TestPki pki) throws Exception {
        byte[] reference = SignedCopies.signedCopy(pki, Level.B_LT);
        CopyVerifier verifier = SignedCopies.verifier(pki);
        VerificationReport ref = verifier.verify(reference, "reference.pdf");
        assertThat(ref.verdict()).as("%s", ref.reasons()).isEqualTo(Verdict.VALID);
        long lastSigned = ref.signatures().stream().mapToLong(SignatureReport::signedRevisionEnd).max().orElseThrow();
        List<int[]> signedRendering = render(Arrays.copyOf(reference, (int) lastSigned));
        // the LT data appended after the last signature is invisible: the baseline is what the signers saw
        assertThat(equal(render(reference), signedRendering)).isTrue();

        Random rnd = new Random(SEED);
        Kind[] kinds = Kind.values();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < MUTANTS; i++) {
            Kind kind = kinds[i % kinds.length];
            byte[] mutant = mutate(kind, reference, rnd);
            VerificationReport r = verifier.verify(mutant, "mutant-" + i + ".pdf");
            boolean differs;
            try {
                differs = !equal(render(mutant), signedRendering);
            } catch (IOException | RuntimeException e) {
                differs = true; // a viewer that cannot render it shows something else than what was signed
            }
            outcomes.add(new Outcome(kind, i, differs, r.verdict(), r.reasons().isEmpty() ? "-" : r.reasons().get(0).code()));
        }
        Map<Kind, int[]> tally = new EnumMap<>(Kind.class);
        for (Outcome o : outcomes) {
            int[] t = tally.computeIfAbsent(o.kind(), k -> new int[3]);
            t[0]++;
            t[1] += o.verdict() != Verdict.VALID ? 1 : 0;
            t[2] += o.rendersDifferently() ? 1 : 0;
        }
        StringBuilder summary = new StringBuilder("mutation soundness: " + outcomes.size() + " mutants, "
                + outcomes.stream().filter(o -> o.verdict() != Verdict.VALID).count() + " not VALID, "
                + outcomes.stream().filter(Outcome::rendersDifferently).count() + " render differently\n");
        tally.forEach((k, t) -> summary.append(String.format("  %-30s %d mutants, %d not VALID, %d render differently, first reasons %s%n",
                k, t[0], t[1], t[2], outcomes.stream().filter(o -> o.kind() == k).map(Outcome::firstReason)
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)))));
        System.out.println(summary);

        assertThat(outcomes).hasSize(MUTANTS);
        // the test can fail: most kinds do change what a viewer shows
        assertThat(outcomes.stream().filter(Outcome::rendersDifferently).count()).isGreaterThan(MUTANTS / 2);
        assertThat(outcomes).as("mutants that render differently and are still VALID (soundness bugs)\n" + summary)
                .noneMatch(o -> o.rendersDifferently() && o.verdict() == Verdict.VALID);
        // facts a report shows are facts as signed (issue 11 item 5): a rewritten XMP renders the same, yet is refused
        assertThat(outcomes).filteredOn(o -> o.kind() == Kind.REWRITE_XMP).isNotEmpty()
                .allSatisfy(o -> {
                    assertThat(o.verdict()).isEqualTo(Verdict.INVALID);
                    assertThat(o.firstReason()).isEqualTo("FACTS_CHANGED_AFTER_SIGNING");
                });
    }

    // ------------------------------------------------------------------ rendering

    static List<int[]> render(byte[] pdf) throws IOException {
        List<int[]> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            renderer.setSubsamplingAllowed(true);
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                BufferedImage img = renderer.renderImageWithDPI(p, DPI, ImageType.RGB);
                int[] px = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
                int[] withSize = Arrays.copyOf(px, px.length + 2);
                withSize[px.length] = img.getWidth();
                withSize[px.length + 1] = img.getHeight();
                pages.add(withSize);
            }
        }
        return pages;
    }

    static boolean equal(List<int[]> a, List<int[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ mutations

    static byte[] mutate(Kind kind, byte[] pdf, Random rnd) throws IOException {
        return switch (kind) {
            case PAGE_IN_NEW_OBJECT_STREAM -> pageInObjectStream(pdf, rnd);
            case DUPLICATE_CONTENT_DEFINITION -> duplicateContent(pdf, rnd);
            default -> withPdfbox(kind, pdf, rnd);
        };
    }

    private static byte[] withPdfbox(Kind kind, byte[] pdf, Random rnd) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            PDPage page = doc.getPage(rnd.nextInt(pages));
            switch (kind) {
                case REPLACE_CONTENT -> {
                    COSStream s = contentStream(page);
                    try (OutputStream out = s.createOutputStream(COSName.FLATE_DECODE)) {
                        out.write(drawing(rnd));
                    }
                    s.setNeedToBeUpdated(true);
                }
                case APPEND_CONTENT -> {
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                        cs.setNonStrokingColor(new Color(rnd.nextInt(256), rnd.nextInt(200), rnd.nextInt(256)));
                        cs.addRect(40 + rnd.nextInt(300), 40 + rnd.nextInt(500), 60 + rnd.nextInt(200), 30 + rnd.nextInt(100));
                        cs.fill();
                    }
                    page.getCOSObject().setNeedToBeUpdated(true);
                }
                case REPLACE_IMAGE_DATA -> {
                    PDPage scanPage = doc.getPage(rnd.nextInt(pages - 1)); // the last page is the statement
                    COSStream s = (COSStream) scanPage.getResources().getCOSObject().getCOSDictionary(COSName.XOBJECT)
                            .getDictionaryObject(COSName.getPDFName("BsScan"));
                    BufferedImage img = image(rnd);
                    try (OutputStream out = s.createRawOutputStream()) {
                        out.write(jpeg(img));
                    }
                    s.setInt(COSName.WIDTH, img.getWidth());
                    s.setInt(COSName.HEIGHT, img.getHeight());
                    s.setNeedToBeUpdated(true);
                }
                case REDEFINE_RESOURCES -> {
                    PDResources res = new PDResources();
                    res.put(COSName.getPDFName("BsScan"), JPEGFactory.createFromByteArray(doc, jpeg(image(rnd))));
                    COSDictionary old = page.getResources().getCOSObject();
                    for (COSName key : old.keySet()) {
                        if (!key.equals(COSName.XOBJECT)) {
                            res.getCOSObject().setItem(key, old.getItem(key));
                        }
                    }
                    page.setResources(res);
                    page.getCOSObject().setNeedToBeUpdated(true);
                }
                case ADD_ANNOTATION -> {
                    PDAnnotationSquare square = new PDAnnotationSquare();
                    float x = 30 + rnd.nextInt(300);
                    float y = 30 + rnd.nextInt(500);
                    square.setRectangle(new PDRectangle(x, y, 80 + rnd.nextInt(150), 40 + rnd.nextInt(150)));
                    PDColor c = new PDColor(new float[] {rnd.nextFloat(), rnd.nextFloat(), rnd.nextFloat()}, PDDeviceRGB.INSTANCE);
                    square.setInteriorColor(c);
                    square.setColor(c);
                    square.constructAppearances(doc);
                    page.getAnnotations().add(square);
                    page.getCOSObject().setNeedToBeUpdated(true);
                    COSArray annots = page.getCOSObject().getCOSArray(COSName.ANNOTS);
                    annots.setNeedToBeUpdated(true);
                }
                case CHANGE_MEDIABOX -> {
                    page.setMediaBox(new PDRectangle(rnd.nextInt(50), rnd.nextInt(50), 400 + rnd.nextInt(200), 500 + rnd.nextInt(300)));
                    page.getCOSObject().setNeedToBeUpdated(true);
                }
                case SHRINK_CROPBOX -> {
                    PDRectangle m = page.getMediaBox();
                    page.setCropBox(new PDRectangle(m.getLowerLeftX(), m.getLowerLeftY() + 100 + rnd.nextInt(200),
                            m.getWidth() - rnd.nextInt(100), m.getHeight() - 300));
                    page.getCOSObject().setNeedToBeUpdated(true);
                }
                case ROTATE_PAGE -> {
                    page.setRotation(90 * (1 + rnd.nextInt(3)));
                    page.getCOSObject().setNeedToBeUpdated(true);
                }
                case REWRITE_XMP -> {
                    PDMetadata meta = doc.getDocumentCatalog().getMetadata();
                    String xmp;
                    try (InputStream in = meta.exportXMPMetadata()) {
                        xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    String forged = xmp.replace("Nguyễn Văn Ấn", "Trần Văn Giả " + rnd.nextInt(1000))
                            .replace("pdfaid:part>3<", "pdfaid:part>9<");
                    meta.importXMPMetadata(forged.getBytes(StandardCharsets.UTF_8));
                    meta.getCOSObject().setNeedToBeUpdated(true);
                }
                case ADD_DSS_ENTRY -> {
                    COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
                    COSDictionary dss = catalog.getCOSDictionary(COSName.getPDFName("DSS"));
                    if (dss == null) {
                        dss = new COSDictionary();
                        catalog.setItem(COSName.getPDFName("DSS"), dss);
                    }
                    COSDictionary vri = dss.getCOSDictionary(COSName.getPDFName("VRI"));
                    if (vri == null) {
                        vri = new COSDictionary();
                        dss.setItem(COSName.getPDFName("VRI"), vri);
                    }
                    vri.setItem(COSName.getPDFName(String.format("%040X", rnd.nextLong())), new COSDictionary());
                    vri.setNeedToBeUpdated(true);
                    dss.setNeedToBeUpdated(true);
                    catalog.setNeedToBeUpdated(true);
                }
                case UPDATE_INFO -> {
                    doc.getDocumentInformation().setTitle("Bản sao " + rnd.nextInt(10_000));
                    doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
                    doc.getDocument().getTrailer().setNeedToBeUpdated(true);
                }
                default -> throw new IllegalStateException(kind.toString());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    private static COSStream contentStream(PDPage page) {
        return (COSStream) page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
    }

    private static byte[] drawing(Random rnd) {
        return String.format(java.util.Locale.ROOT, "q %.2f %.2f %.2f rg %d %d %d %d re f Q", rnd.nextFloat(), rnd.nextFloat(),
                rnd.nextFloat(), rnd.nextInt(200), rnd.nextInt(300), 100 + rnd.nextInt(400), 100 + rnd.nextInt(500))
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static BufferedImage image(Random rnd) {
        BufferedImage img = new BufferedImage(124, 175, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(new Color(rnd.nextInt(256), rnd.nextInt(256), rnd.nextInt(256)));
        g.fillRect(rnd.nextInt(60), rnd.nextInt(80), 20 + rnd.nextInt(60), 20 + rnd.nextInt(80));
        g.dispose();
        return img;
    }

    private static byte[] jpeg(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpeg", out);
        return out.toByteArray();
    }

    /** A page object redefined inside a new object stream (rotated), routed there by a cross-reference stream. */
    private static byte[] pageInObjectStream(byte[] pdf, Random rnd) throws IOException {
        long pageNum;
        String body;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(rnd.nextInt(doc.getNumberOfPages()));
            pageNum = page.getCOSObject().getKey().getNumber();
            body = ParserDifferentialTest.body(pdf, doc.getDocument().getXrefTable().get(page.getCOSObject().getKey()));
        }
        String forged = body.substring(0, body.lastIndexOf(">>")) + " /Rotate " + (90 * (1 + rnd.nextInt(3))) + " >>";
        RawUpdate u = new RawUpdate(pdf);
        long stm = u.size();
        String header = pageNum + " 0 ";
        u.stream(stm, "/Type /ObjStm /N 1 /First " + header.length(), (header + forged).getBytes(StandardCharsets.ISO_8859_1));
        u.compressed(pageNum, stm, 0);
        return u.finishXrefStream();
    }

    /** A page's content stream defined twice in one update: the listed one a copy, the later one forged. */
    private static byte[] duplicateContent(byte[] pdf, Random rnd) throws IOException {
        long num;
        String body;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(rnd.nextInt(doc.getNumberOfPages()));
            COSObject c = (COSObject) page.getCOSObject().getItem(COSName.CONTENTS);
            num = c.getObjectNumber();
            body = ParserDifferentialTest.body(pdf, doc.getDocument().getXrefTable().get(c.getKey()));
        }
        RawUpdate u = new RawUpdate(pdf);
        boolean forgedListed = rnd.nextBoolean();
        long first = u.offset();
        u.object(num, body);
        long second = u.offset();
        u.stream(num, "", drawing(rnd));
        // either definition may be the one the table lists; the other is the shadow a rebuilding reader sees
        u.entry(num, forgedListed ? second : first);
        return u.finish();
    }
}

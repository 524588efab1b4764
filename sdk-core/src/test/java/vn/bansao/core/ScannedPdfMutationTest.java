package vn.bansao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bansao.core.ScanPdfs.FORGED_JPEG;
import static vn.bansao.core.ScanPdfs.SCAN_JPEG;
import static vn.bansao.core.ScanPdfs.jpeg;
import static vn.bansao.core.ScanPdfs.pdf;
import static vn.bansao.core.ScanPdfs.put;
import static vn.bansao.core.ScanPdfs.xobject;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.core.ScanRejectedException.Reason;
import vn.bansao.core.facts.CertificationKind;

/**
 * A seeded mutator over scanned PDF pages: harmless and hostile snippets are mixed into the content around the
 * scan's draws. Whatever comes out, the builder either refuses the page with a typed reason naming file and page,
 * or the copy's page renders as the input page did, carries only the drawn images and gives poppler no text:
 * no mutation is both accepted and changes (or hides something in) the page.
 */
class ScannedPdfMutationTest {

    private static final String[] HARMLESS = {"q 1 0 0 1 0 0 cm Q", "0.5 g 0 0 1 RG", "2 w 1 J 0 j 4 M [3 2] 0 d",
        "/Perceptual ri 1 i", "/GS0 gs", "/Artifact BMC EMC", "0 0 10 10 re n", "BX EX", "/Span <</MCID 3>> BDC EMC",
        "q 0 0 400 500 re W n Q", "/P MP"};
    private static final String[] HOSTILE = {"BT 3 Tr /F1 20 Tf 40 200 Td (SO 999) Tj ET",
        "1 1 1 rg BT /F1 20 Tf 40 200 Td (SO 999) Tj ET", "1 1 1 rg 40 200 120 30 re f", "/OC /oc1 BDC EMC",
        "q /Fm0 Do Q", "q 20 0 0 20 30 30 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \u0000 EI Q", "/GS1 gs", "/Sh0 sh",
        "0 0 200 200 re W n", "q 40 0 0 20 100 100 cm /Forged Do Q", "/OC /oc1 BDC q 40 0 0 20 10 10 cm /Forged Do Q EMC",
        "q 0 0 0 0 0 0 cm /Forged Do Q", "0 0 m 400 500 l S"};
    private static final EnumSet<Reason> EXPECTED = EnumSet.of(Reason.NOT_A_SCAN, Reason.TRANSPARENCY, Reason.CORRUPT);

    @TempDir
    Path dir;

    @Test
    void noMutationIsAcceptedWhileChangingOrHidingSomething() throws Exception {
        Random r = new Random(20261207L);
        ScannedPdfInputTest oracle = new ScannedPdfInputTest();
        oracle.dir = dir;
        int accepted = 0;
        int refused = 0;
        // every hostile snippet at three random places, then mutants of harmless snippets only
        List<String> hostile = new ArrayList<>();
        for (String h : HOSTILE) {
            hostile.addAll(List.of(h, h, h));
        }
        for (int k = 0; k < 15; k++) {
            hostile.add(null);
        }
        for (String h : hostile) {
            String content = mutate(r, h);
            byte[] input = pdf((doc, page, res) -> {
                xobject(res, "Im0", jpeg(doc, SCAN_JPEG).getCOSObject());
                xobject(res, "Forged", jpeg(doc, FORGED_JPEG).getCOSObject());
                xobject(res, "Fm0", ScannedPdfInputTest.textForm(doc, new PDRectangle(0, 0, 0, 0)).getCOSObject());
                put(res, COSName.FONT, "F1", new PDType1Font(Standard14Fonts.FontName.HELVETICA).getCOSObject());
                put(res, COSName.PROPERTIES, "oc1", ScannedPdfInputTest.ocg());
                COSDictionary plain = new COSDictionary();
                plain.setItem(COSName.LW, COSInteger.TWO);
                plain.setName(COSName.BM, "Normal");
                put(res, COSName.EXT_G_STATE, "GS0", plain);
                COSDictionary alpha = new COSDictionary();
                alpha.setItem(COSName.getPDFName("ca"), new COSFloat(0.4f));
                put(res, COSName.EXT_G_STATE, "GS1", alpha);
                put(res, COSName.SHADING, "Sh0", shading());
                return content;
            });
            ScanRejectedException e = null;
            byte[] copy = null;
            try {
                copy = CertifiedCopy.builder().scan(ScanSource.of("mutant.pdf", input))
                        .facts(TestScans.facts(CertificationKind.FROM_ORIGINAL)).build().toBytes();
            } catch (ScanRejectedException x) {
                e = x;
            }
            if (e != null) {
                refused++;
                assertThat(e.reason()).as(content).isIn(EXPECTED);
                assertThat(e.getMessage()).contains("mutant.pdf (page 1)");
                continue;
            }
            accepted++;
            assertThat(content).as("accepted, so no hostile snippet may be effective").doesNotContain("SO 999");
            if (accepted <= 3) {
                // veraPDF is slow: the first accepted mutants suffice (every construct kept is the same kind)
                assertThat(VeraPdf.failures(copy)).as(content).isEmpty();
            }
            oracle.assertCarriesOnlyDrawnImages(copy, 1, 1);
            ScannedPdfInputTest.assertRendersLikeTheInput(input, copy, 1);
        }
        // the mutator must exercise both sides, or the test proves nothing
        assertThat(accepted).as("accepted mutants").isGreaterThan(5);
        assertThat(refused).as("refused mutants").isGreaterThan(20);
    }

    /**
     * One or two draws of the scan (whole page, or two halves), with 0–3 harmless snippets before, between and
     * after, and {@code hostile} (if any) at a random place among them.
     */
    private static String mutate(Random r, String hostile) {
        List<String> draws = r.nextBoolean() ? List.of("q 400 0 0 500 0 0 cm /Im0 Do Q")
                : List.of("q 200 0 0 500 0 0 cm /Im0 Do Q", "q 200 0 0 500 200 0 cm /Im0 Do Q");
        List<String> parts = new ArrayList<>();
        for (int i = 0; i <= draws.size(); i++) {
            int n = r.nextInt(4);
            for (int k = 0; k < n; k++) {
                parts.add(HARMLESS[r.nextInt(HARMLESS.length)]);
            }
            if (i < draws.size()) {
                parts.add(draws.get(i));
            }
        }
        if (hostile != null) {
            parts.add(r.nextInt(parts.size() + 1), hostile);
        }
        return String.join("\n", parts);
    }

    private static COSDictionary shading() {
        COSDictionary f = new COSDictionary();
        f.setInt(COSName.FUNCTION_TYPE, 2);
        f.setItem(COSName.DOMAIN, new COSArray(List.of(COSInteger.ZERO, COSInteger.ONE)));
        f.setItem(COSName.C0, new COSArray(List.of(COSInteger.ZERO)));
        f.setItem(COSName.C1, new COSArray(List.of(COSInteger.ONE)));
        f.setInt(COSName.N, 1);
        COSDictionary sh = new COSDictionary();
        sh.setInt(COSName.SHADING_TYPE, 2);
        sh.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
        sh.setItem(COSName.COORDS, new COSArray(List.of(COSInteger.ZERO, COSInteger.ZERO, COSInteger.get(400),
                COSInteger.ZERO)));
        sh.setItem(COSName.FUNCTION, f);
        return sh;
    }
}

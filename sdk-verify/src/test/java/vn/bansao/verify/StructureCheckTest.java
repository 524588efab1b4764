package vn.bansao.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import vn.bansao.verify.internal.pdf.StructureCheck;

/**
 * The structure check on small hand-made files (no PKI): sound updates in both cross-reference forms (table,
 * stream with an object stream) pass; each kind of ambiguity is named. The "signed end" is simply the end of
 * the base file here.
 */
class StructureCheckTest {

    static byte[] base() {
        return new RawPdf()
                .object(1, "<< /Type /Catalog /Pages 2 0 R >>")
                .object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
                .object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>")
                .stream(4, "<< /Length %LEN% >>", "0 0 1 rg 10 10 50 50 re f".getBytes(StandardCharsets.US_ASCII))
                .finish("");
    }

    static StructureCheck.Result check(byte[] file, long signedEnd) throws IOException {
        Map<Long, Map<COSObjectKey, Long>> tables = new HashMap<>();
        try (PDDocument doc = Loader.loadPDF(file)) {
            tables.put((long) file.length, new HashMap<>(doc.getDocument().getXrefTable()));
        }
        return StructureCheck.check(file, signedEnd, new TreeSet<>(List.of(signedEnd)), tables);
    }

    @Test
    void soundClassicUpdatePasses() throws IOException {
        byte[] base = base();
        byte[] pdf = new RawUpdate(base).object(5, "<< /Producer (x) >>").finish();
        StructureCheck.Result r = check(pdf, base.length);
        assertThat(r.ambiguities()).isEmpty();
        assertThat(r.repairedSignedRevisions()).isEmpty();
    }

    @Test
    void soundObjectStreamUpdateThroughAnXrefStreamPasses() throws IOException {
        byte[] base = base();
        RawUpdate u = new RawUpdate(base);
        String header = "5 0 6 20 ";
        String objects = String.format("%-20s", "<< /Producer (x) >>") + "<< /Title (y) >>";
        u.stream(7, "/Type /ObjStm /N 2 /First " + header.length(), (header + objects).getBytes(StandardCharsets.ISO_8859_1));
        u.compressed(5, 7, 0).compressed(6, 7, 1);
        StructureCheck.Result r = check(u.finishXrefStream(), base.length);
        assertThat(r.ambiguities()).isEmpty();
    }

    @Test
    void compressedEntryAtTheWrongIndexIsAmbiguous() throws IOException {
        byte[] base = base();
        RawUpdate u = new RawUpdate(base);
        String header = "5 0 6 20 ";
        String objects = String.format("%-20s", "<< /Producer (x) >>") + "<< /Title (y) >>";
        u.stream(7, "/Type /ObjStm /N 2 /First " + header.length(), (header + objects).getBytes(StandardCharsets.ISO_8859_1));
        u.compressed(5, 7, 1).compressed(6, 7, 0);
        StructureCheck.Result r = check(u.finishXrefStream(), base.length);
        assertThat(String.join("\n", r.ambiguities())).contains("object 5 is routed to index 1 of object stream 7");
    }

    @Test
    void pageInAnObjectStreamAndAsAPlainObjectIsAmbiguous() throws IOException {
        byte[] base = base();
        RawUpdate u = new RawUpdate(base);
        String header = "3 0 ";
        u.stream(7, "/Type /ObjStm /N 1 /First " + header.length(), (header
                + "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 8 0 R >>").getBytes(StandardCharsets.ISO_8859_1));
        u.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>");
        StructureCheck.Result r = check(u.finish(), base.length);
        assertThat(String.join("\n", r.ambiguities())).contains("object 3 is defined 2 times")
                .contains("object stream 7 lists object 3 at index 0");
    }

    @Test
    void startxrefOutsideTheUpdateIsAmbiguous() throws IOException {
        byte[] base = base();
        byte[] pdf = new RawUpdate(base).object(4, "<< /Length 0 >>\nstream\n\nendstream").finish(9L);
        StructureCheck.Result r = check(pdf, base.length);
        assertThat(String.join("\n", r.ambiguities())).contains("startxref 9 does not point into the update");
    }

    @Test
    void signedRevisionWithABrokenStartxrefIsReported() throws IOException {
        byte[] base = base();
        String s = new String(base, StandardCharsets.ISO_8859_1);
        int at = s.lastIndexOf("startxref\n") + "startxref\n".length();
        String broken = s.substring(0, at) + "12" + s.substring(s.indexOf('\n', at));
        byte[] pdf = broken.getBytes(StandardCharsets.ISO_8859_1);
        StructureCheck.Result r = check(pdf, pdf.length);
        assertThat(String.join("\n", r.repairedSignedRevisions())).contains("startxref 12 does not point at a cross-reference");
    }
}

package vn.bansao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.core.facts.StatementTemplate;
import vn.bansao.core.manifest.ManifestPage;
import vn.bansao.core.manifest.PageEncoding;
import vn.bansao.core.read.CertifiedCopyContents;
import vn.bansao.core.read.CertifiedCopyReader;

class CertifiedCopyBuilderTest {

    @TempDir
    Path dir;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T03:04:05Z"), ZoneOffset.UTC);

    private Path[] scans() throws Exception {
        BufferedImage a = TestScans.page(620, 877, 1);
        BufferedImage b = TestScans.page(620, 877, 2);
        BufferedImage gray = new BufferedImage(300, 400, BufferedImage.TYPE_BYTE_GRAY);
        gray.getGraphics().drawImage(b, 0, 0, 300, 400, null);
        return new Path[] {
            TestScans.write(dir, "trang1.jpg", TestScans.jpeg(a, 0.8f)),
            TestScans.write(dir, "trang2.png", TestScans.png(b)),
            TestScans.write(dir, "trang3-xam.png", TestScans.png(gray))};
    }

    @Test
    void buildsPdfAWithCertificationPageFieldsAndManifest() throws Exception {
        Path[] s = scans();
        CertificationFacts facts = TestScans.facts(CertificationKind.FROM_ORIGINAL);
        Path out = dir.resolve("copy.pdf");
        CertifiedCopy.builder().scans(List.of(s)).facts(facts).clock(CLOCK).build().writeTo(out);

        assertThat(VeraPdf.failures(out)).isEmpty();
        CertifiedCopyContents c = CertifiedCopyReader.read(out);
        assertThat(c.facts()).isEqualTo(facts);
        assertThat(c.pageCount()).isEqualTo(4);
        assertThat(c.pdfaPart()).isEqualTo("3");
        assertThat(c.pdfaConformance()).isEqualTo("U");
        assertThat(c.manifest().pages()).extracting(ManifestPage::encoding)
                .containsExactly(PageEncoding.JPEG_AS_IS, PageEncoding.PNG_IDAT_AS_IS, PageEncoding.PNG_IDAT_AS_IS);
        ManifestPage jpeg = c.manifest().pages().get(0);
        assertThat(jpeg.sourceSha256()).isEqualTo(sha256(Files.readAllBytes(s[0])));
        assertThat(c.imageDigest(1)).contains(jpeg.sourceSha256());
        assertThat(c.passThroughMismatches()).isEmpty();
        assertThat(c.scanDigestConsistent()).isTrue();
        assertThat(c.signatureField(CertifiedCopy.OFFICER_FIELD)).get().extracting(f -> f.page()).isEqualTo(3);
        assertThat(CertifiedCopy.OFFICER_FIELD).isEqualTo("bansao_officer");
        assertThat(CertifiedCopy.AUTHORITY_FIELD).isEqualTo("bansao_authority");
        assertThat(c.signatureField("bansao_authority")).get().extracting(f -> f.page()).isEqualTo(3);

        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(4);
            stripper.setEndPage(4);
            String text = stripper.getText(doc);
            String expected = String.join(" ", StatementTemplate.defaultFor(facts.kind()).renderText(facts))
                    + " Quét để kiểm tra";
            assertThat(norm(text)).isEqualTo(norm(expected));
            assertThat(doc.getDocumentCatalog().getAcroForm().getCOSObject()
                    .containsKey(org.apache.pdfbox.cos.COSName.NEED_APPEARANCES)).isFalse();
        }
    }

    @Test
    void masterRegisterCopyHasOnlyAuthorityField() throws Exception {
        Path[] s = scans();
        Path out = dir.resolve("so-goc.pdf");
        CertifiedCopy.builder().scan(s[0]).facts(TestScans.facts(CertificationKind.FROM_MASTER_REGISTER))
                .clock(CLOCK).build().writeTo(out);
        CertifiedCopyContents c = CertifiedCopyReader.read(out);
        assertThat(c.signatureFields()).extracting(f -> f.name()).containsExactly("bansao_authority");
        assertThat(VeraPdf.failures(out)).isEmpty();
    }

    @Test
    void sameInputsGiveIdenticalBytes() throws Exception {
        Path[] s = scans();
        CertificationFacts facts = TestScans.facts(CertificationKind.FROM_ORIGINAL);
        UUID id = UUID.fromString("8a1f0c52-7a4e-4c38-9a57-1e0d3b6f2c11");
        byte[] a = CertifiedCopy.builder().scans(List.of(s)).facts(facts).clock(CLOCK).documentId(id).build().toBytes();
        byte[] b = CertifiedCopy.builder().scans(List.of(s)).facts(facts).clock(CLOCK).documentId(id).build().toBytes();
        assertThat(a).isEqualTo(b);
        byte[] c = CertifiedCopy.builder().scans(List.of(s)).facts(facts).clock(CLOCK).build().toBytes();
        byte[] d = CertifiedCopy.builder().scans(List.of(s)).facts(facts).clock(CLOCK).build().toBytes();
        assertThat(c).isEqualTo(d);
    }

    @Test
    void refusesBeforeWriting() throws Exception {
        Path[] s = scans();
        byte[] full = Files.readAllBytes(s[0]);
        Path truncated = TestScans.write(dir, "cut.jpg", java.util.Arrays.copyOf(full, full.length / 2));
        Path out = dir.resolve("never.pdf");
        assertThatThrownBy(() -> CertifiedCopy.builder().scan(s[1]).scan(truncated)
                .facts(TestScans.facts(CertificationKind.FROM_ORIGINAL)).build().writeTo(out))
                .isInstanceOf(ScanRejectedException.class)
                .hasMessageContaining("cut.jpg").hasMessageContaining("truncated");
        assertThat(out).doesNotExist();
        Path text = TestScans.write(dir, "notes.txt", "hello".getBytes());
        assertThatThrownBy(() -> CertifiedCopy.builder().scan(text)
                .facts(TestScans.facts(CertificationKind.FROM_ORIGINAL)).build())
                .isInstanceOf(ScanRejectedException.class)
                .extracting(e -> ((ScanRejectedException) e).reason())
                .isEqualTo(ScanRejectedException.Reason.UNSUPPORTED_FORMAT);
    }

    @Test
    void missingGlyphIsNamed() {
        CertificationFacts facts = TestScans.facts(CertificationKind.FROM_ORIGINAL).toBuilder()
                .requester("Nguyễn \u4E2D", "1").build();
        assertThatThrownBy(() -> CertifiedCopy.builder().scan(Path.of("x.jpg")).facts(facts).build())
                .isInstanceOf(MissingGlyphException.class).hasMessageContaining("U+4E2D");
    }

    static String norm(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    static String sha256(byte[] b) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    }
}

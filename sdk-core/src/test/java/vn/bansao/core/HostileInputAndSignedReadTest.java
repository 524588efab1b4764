package vn.bansao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.core.read.CertifiedCopyContents;
import vn.bansao.core.read.CertifiedCopyReadException;
import vn.bansao.core.read.CertifiedCopyReader;

class HostileInputAndSignedReadTest {

    @TempDir
    Path dir;

    private final CertificationFacts facts = TestScans.facts(CertificationKind.FROM_ORIGINAL);

    private ScanRejectedException rejected(ScanSource s) {
        try {
            CertifiedCopy.builder().scan(s).facts(facts).build();
        } catch (ScanRejectedException e) {
            return e;
        }
        throw new AssertionError("not rejected: " + s);
    }

    @Test
    void dimensionBombIsRefusedFromTheHeader() {
        // a 1 KB PNG claiming 35000 x 35000 pixels: refused before any inflating
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(35000).putInt(35000).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", ihdr.array());
        chunk(png, "IDAT", new byte[1000]);
        chunk(png, "IEND", new byte[0]);
        ScanRejectedException e = rejected(ScanSource.of("bomb.png", png.toByteArray()));
        assertThat(e.reason()).isEqualTo(ScanRejectedException.Reason.TOO_LARGE);
        assertThat(e.message(vn.bansao.common.BansaoException.VIETNAMESE)).contains("bomb.png").contains("35000x35000").contains("vượt giới hạn");
        assertThat(e.getMessage()).contains("bomb.png").contains("35000x35000").contains("exceeds the limit");
    }

    @Test
    void corruptTruncatedEncryptedAndEmptyInputsAreRefused() throws Exception {
        byte[] png = TestScans.png(TestScans.page(100, 120, 1));
        assertThat(rejected(ScanSource.of("cut.png", Arrays.copyOf(png, png.length - 20))).reason())
                .isEqualTo(ScanRejectedException.Reason.CORRUPT);
        byte[] flipped = png.clone();
        flipped[png.length / 2] ^= 0x55;
        assertThat(rejected(ScanSource.of("crc.png", flipped)).getMessage()).contains("CRC");
        byte[] random = new byte[4096];
        new Random(1).nextBytes(random);
        assertThat(rejected(ScanSource.of("noise.bin", random)).reason())
                .isEqualTo(ScanRejectedException.Reason.UNSUPPORTED_FORMAT);
        assertThat(rejected(ScanSource.of("empty.jpg", new byte[0])).reason())
                .isEqualTo(ScanRejectedException.Reason.NO_PAGES);
        ByteArrayOutputStream enc = new ByteArrayOutputStream();
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage());
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner", "", new AccessPermission());
            p.setEncryptionKeyLength(128);
            d.protect(p);
            d.save(enc);
        }
        assertThat(rejected(ScanSource.of("locked.pdf", enc.toByteArray())).reason())
                .isEqualTo(ScanRejectedException.Reason.ENCRYPTED);
        assertThatThrownBy(() -> CertifiedCopy.builder().facts(facts).build())
                .isInstanceOf(ScanRejectedException.class)
                .extracting(e -> ((ScanRejectedException) e).reason()).isEqualTo(ScanRejectedException.Reason.NO_PAGES);
        ScanSource fromStream = ScanSource.of("stream.png", new ByteArrayInputStream(png));
        assertThat(CertifiedCopy.builder().scan(fromStream).facts(facts).build().scannedPageCount()).isEqualTo(1);
    }

    @Test
    void readerRefusesWhatIsNotACertifiedCopy() throws Exception {
        byte[] random = new byte[2048];
        new Random(2).nextBytes(random);
        assertThatThrownBy(() -> CertifiedCopyReader.read(random)).isInstanceOf(CertifiedCopyReadException.class);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage());
            d.save(plain);
        }
        assertThatThrownBy(() -> CertifiedCopyReader.read(plain.toByteArray()))
                .isInstanceOf(CertifiedCopyReadException.class).hasMessageContaining("XMP");
        byte[] copy = CertifiedCopy.builder().scan(ScanSource.of("a.png", TestScans.png(TestScans.page(80, 100, 3))))
                .facts(facts).build().toBytes();
        assertThatThrownBy(() -> CertifiedCopyReader.read(Arrays.copyOf(copy, copy.length / 3)))
                .isInstanceOf(CertifiedCopyReadException.class);
    }

    @Test
    void readsASignedCopyWithAnIncrementalUpdate() throws Exception {
        byte[] copy = CertifiedCopy.builder()
                .sources(List.of(ScanSource.of("a.jpg", TestScans.jpeg(TestScans.page(300, 400, 4), 0.8f))))
                .facts(facts).build().toBytes();
        ByteArrayOutputStream signed = new ByteArrayOutputStream();
        try (PDDocument d = Loader.loadPDF(copy)) {
            PDSignature sig = new PDSignature();
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            sig.setName("Trần Thị Bình");
            sig.setSignDate(Calendar.getInstance());
            d.addSignature(sig, content -> new byte[64]);
            d.saveIncremental(signed);
        }
        byte[] s = signed.toByteArray();
        assertThat(s.length).isGreaterThan(copy.length);
        assertThat(Arrays.copyOf(s, copy.length)).isEqualTo(copy);
        CertifiedCopyContents c = CertifiedCopyReader.read(s);
        assertThat(c.facts()).isEqualTo(facts);
        assertThat(c.passThroughMismatches()).isEmpty();
        assertThat(c.signatureFields().stream().anyMatch(f -> f.signed())).isTrue();
        assertThat(c.signatureField("bansao_authority")).isPresent();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}

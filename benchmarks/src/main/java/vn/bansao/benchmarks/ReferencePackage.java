package vn.bansao.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.bansao.core.CertifiedCopy;
import vn.bansao.core.ScanSource;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.testkit.SampleScans;

/**
 * The reference package every benchmark measures: three A4 300-dpi JPEG scans from the testkit (about 5 MB),
 * certified from an original, built by sdk-core with a fixed clock. One definition, so that the build, signing
 * and verification figures in the README are about the same file.
 */
public final class ReferencePackage {

    /** The clock the package is built with. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC);

    private ReferencePackage() {
    }

    /** The three scans, as JPEG bytes. */
    public static List<byte[]> scans() {
        List<byte[]> scans = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            scans.add(SampleScans.seed(42 + i).a4Jpeg(300).bytes());
        }
        return scans;
    }

    /** The certification facts printed on the statement page. */
    public static CertificationFacts facts() {
        return CertificationFacts.builder()
                .kind(CertificationKind.FROM_ORIGINAL).number(123).book("01/2026-SCT/BS").registerType("SCT/BS")
                .date(LocalDate.of(2026, 11, 22))
                .certifyingBody("UBND phường Bến Nghé, Quận 1", "000.00.12.H29")
                .requester("Nguyễn Văn Ấn", "079123456789")
                .document("Bằng tốt nghiệp đại học", "Trường Đại học Cần Thơ", "A123456", LocalDate.of(2010, 7, 1))
                .pages(3).copies(1).certifier("Nguyễn Thị Hương", "Công chức Tư pháp - Hộ tịch")
                .fee(vn.bansao.core.fee.FeeSchedule.CIRCULAR_226_2016.feeFor(3, 1)).portalUrl("https://dichvucong.example.vn/xac-minh").build();
    }

    /** The unsigned package, built from {@link #scans()} and {@link #facts()}. */
    public static byte[] bytes() {
        return builder(scans()).build().toBytes();
    }

    /** A builder over {@code scans} with the reference facts and clock. */
    public static CertifiedCopy.Builder builder(List<byte[]> scans) {
        List<ScanSource> sources = new ArrayList<>();
        for (int i = 0; i < scans.size(); i++) {
            sources.add(ScanSource.of("page-" + (i + 1) + ".jpg", scans.get(i)));
        }
        return CertifiedCopy.builder().sources(sources).facts(facts()).clock(CLOCK);
    }
}

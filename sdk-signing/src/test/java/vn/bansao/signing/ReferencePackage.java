package vn.bansao.signing;

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
 * The reference package: three A4 300-dpi JPEG scans (testkit's SampleScans) built by sdk-core's
 * builder into a PDF/A-3 certified copy with the fields {@code bansao_officer} and {@code bansao_authority}.
 */
public final class ReferencePackage {

    private ReferencePackage() {
    }

    /** A certified copy from an original (both fields), or from the master register (authority field only). */
    public static byte[] build(CertificationKind kind, int pages) {
        List<ScanSource> scans = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            scans.add(ScanSource.of("page-" + (i + 1) + ".jpg", SampleScans.seed(42 + i).a4Jpeg(300).bytes()));
        }
        CertificationFacts facts = CertificationFacts.builder()
                .kind(kind).number(123).book("01/2026-SCT/BS").registerType("SCT/BS")
                .date(LocalDate.of(2026, 11, 22))
                .certifyingBody("UBND phường Bến Nghé, Quận 1", "000.00.12.H29")
                .requester("Nguyễn Văn Ấn", "079123456789")
                .document("Bằng tốt nghiệp đại học", "Trường Đại học Cần Thơ", "A123456", LocalDate.of(2010, 7, 1))
                .pages(pages).copies(1).certifier("Nguyễn Thị Hương", "Công chức Tư pháp - Hộ tịch")
                .fee(vn.bansao.core.fee.FeeSchedule.CIRCULAR_226_2016.feeFor(pages, 1)).portalUrl("https://dichvucong.example.vn/xac-minh")
                .build();
        return CertifiedCopy.builder().sources(scans).facts(facts)
                .clock(Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC)).build().toBytes();
    }

    private static byte[] threePages;

    /** The reference: three pages from an original (built once per JVM; callers get a copy). */
    public static synchronized byte[] threePages() {
        if (threePages == null) {
            threePages = build(CertificationKind.FROM_ORIGINAL, 3);
        }
        return threePages.clone();
    }
}

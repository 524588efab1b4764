package vn.bansao.register;

import java.time.LocalDate;

/** Sample entries. */
public final class Drafts {

    public static final String AGENCY = "000.00.00.H56";

    private Drafts() {
    }

    public static EntryDraft sample(String requester) {
        return EntryDraft.builder()
                .agencyCode(AGENCY)
                .requester(requester, "CCCD:001200012345")
                .document("Bằng tốt nghiệp đại học", "Trường Đại học Bách khoa Hà Nội", "123456", LocalDate.of(2020, 6, 30))
                .pages(3).copies(2)
                .certifier("Trần Thị Bình", "Phó Chủ tịch UBND phường Hải Châu")
                .build();
    }

    public static EntryDraft on(LocalDate date, String requester) {
        return sample(requester).toBuilder().date(date).build();
    }
}

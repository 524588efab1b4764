package vn.bansao.register.internal.export;

import java.util.List;
import vn.bansao.register.EntryDraft;
import vn.bansao.register.RegisterEntry;

/**
 * The register's columns (domain.md §2, configurable in law; the official annex was not available):
 * one definition shared by the CSV and the PDF so both show the same book.
 */
final class RegisterColumns {

    /** Column headers, Vietnamese. */
    static final List<String> HEADERS = List.of(
            "Số chứng thực", "Quyển số", "Ngày chứng thực", "Họ tên người yêu cầu", "Giấy tờ tùy thân",
            "Tên giấy tờ", "Cơ quan cấp", "Số giấy tờ", "Ngày cấp", "Số trang", "Số bản",
            "Người thực hiện chứng thực", "Chức danh", "Lệ phí (đồng)", "Loại", "Trạng thái", "Ghi chú");

    /** Dates as Vietnamese registers write them. */
    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private RegisterColumns() {
    }

    /** VND with a dot every three digits, as Vietnamese amounts are written: 10.000. */
    static String amount(long vnd) {
        return String.format(java.util.Locale.ROOT, "%,d", vnd).replace(',', '.');
    }

    /** A date typed as yyyy-MM-dd (or d/M/yyyy) printed dd/MM/yyyy; anything else as written. */
    static String date(java.util.Optional<java.time.LocalDate> d) {
        return d.map(x -> x.format(DATE)).orElse("");
    }

    /** The kind column of the book (Decree 45/2020 Art. 10's two procedures). */
    static String kindLabel(vn.bansao.core.facts.CertificationKind kind) {
        return switch (kind) {
            case FROM_ORIGINAL -> "Chứng thực từ bản chính";
            case FROM_MASTER_REGISTER -> "Cấp từ sổ gốc";
        };
    }

    static List<String> cells(RegisterEntry e) {
        EntryDraft d = e.details();
        String notes = d.notes();
        if (!e.voidReason().isEmpty()) {
            notes = (notes.isEmpty() ? "" : notes + "; ") + "Hủy: " + e.voidReason();
        }
        if (e.corrected()) {
            notes = (notes.isEmpty() ? "" : notes + "; ") + "Đã đính chính";
        }
        return List.of(
                String.valueOf(e.number().sequence()), e.number().bookLabel(), e.date().format(DATE),
                d.requesterName(), d.requesterId(), d.documentTitle(), d.documentIssuer(), d.documentNumber(),
                date(d.documentDate()), String.valueOf(d.pages()), String.valueOf(d.copies()), d.certifierName(),
                d.certifierTitle(), amount(d.fee().orElse(0)), kindLabel(d.kind()),
                e.statusLabel(), notes);
    }

    /** Year totals: entries, certified, void, copies, fees (void entries count in the total, not in fees). */
    record Totals(long entries, long certified, long voided, long reserved, long copies, long fees) {
        static Totals of(List<RegisterEntry> entries) {
            long certified = 0, voided = 0, reserved = 0, copies = 0, fees = 0;
            for (RegisterEntry e : entries) {
                switch (e.status()) {
                    case CERTIFIED -> {
                        certified++;
                        copies += e.details().copies();
                        fees += e.details().fee().orElse(0);
                    }
                    case VOID -> voided++;
                    case RESERVED -> reserved++;
                }
            }
            return new Totals(entries.size(), certified, voided, reserved, copies, fees);
        }

        String vietnamese(int year, String label, boolean atClosing) {
            return "Tổng năm " + year + label + (atClosing ? ", khi khóa sổ" : "") + ": " + amount(entries)
                    + " số (đã chứng thực " + amount(certified) + ", hủy " + amount(voided)
                    + (reserved > 0 ? ", đang xử lý " + amount(reserved) : "") + "); " + amount(copies) + " bản; lệ phí "
                    + amount(fees) + " đồng";
        }
    }
}

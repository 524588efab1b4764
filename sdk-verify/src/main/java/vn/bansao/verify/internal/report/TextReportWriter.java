package vn.bansao.verify.internal.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.bansao.verify.Finding;
import vn.bansao.verify.Language;
import vn.bansao.verify.SignatureReport;
import vn.bansao.verify.VerificationReport;

/** Writes a report as plain text for people, in Vietnamese (default) or English; times in Vietnam time.
 *
 * <pre>{@code
 * String text = TextReportWriter.write(report, Language.VI);
 * }</pre>
 */
public final class TextReportWriter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss 'GMT+7'")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private TextReportWriter() {
    }

    public static String write(VerificationReport r, Language lang) {
        boolean vi = lang == Language.VI;
        StringBuilder b = new StringBuilder();
        line(b, vi ? "Tệp" : "File", r.source());
        line(b, vi ? "Kết luận" : "Verdict", verdict(r, vi));
        for (Finding f : r.reasons()) {
            b.append("  - ").append(f.message(lang)).append('\n');
        }
        line(b, vi ? "Số trang" : "Pages", String.valueOf(r.document().pages()));
        r.document().pdfaClaim().ifPresent(p -> line(b, vi ? "Tuyên bố PDF/A" : "PDF/A claim", p));
        r.document().facts().ifPresent(f -> line(b, vi ? "Số chứng thực" : "Certification number",
                f.number() + " - " + (vi ? "quyển số " : "book ") + f.book() + " (" + f.year() + ")"));
        if (!r.document().pageHashes().isEmpty()) {
            long ok = r.document().pageHashes().stream().filter(p -> p.matches()).count();
            line(b, vi ? "Trang quét khớp danh mục" : "Scanned pages matching the manifest",
                    ok + "/" + r.document().pageHashes().size());
        }
        int i = 1;
        for (SignatureReport s : r.signatures()) {
            b.append('\n').append(vi ? "Chữ ký " : "Signature ").append(i++).append(" (").append(s.fieldName()).append(")\n");
            line(b, vi ? "  Vai trò" : "  Role", role(s, vi));
            line(b, vi ? "  Kết quả (ETSI)" : "  Result (ETSI)", vi
                    ? indication(s.indication(), true) + s.subIndication().map(x -> " - " + subIndicationVi(x)).orElse("")
                    : s.indication() + s.subIndication().map(x -> " / " + x).orElse("") + " (" + indication(s.indication(), false) + ")");
            s.signer().ifPresent(id -> {
                line(b, vi ? "  Người ký" : "  Signer", id.commonName() + id.title().map(t -> ", " + t).orElse(""));
                id.organisation().ifPresent(o -> line(b, vi ? "  Tổ chức" : "  Organisation", o));
                if (!id.mst().isEmpty()) {
                    line(b, vi ? "  Mã số thuế" : "  Tax code (MST)", String.join(", ", id.mst()));
                }
                if (!id.cccd().isEmpty()) {
                    line(b, vi ? "  Số CCCD" : "  Citizen ID (CCCD)", String.join(", ", id.cccd()));
                }
                if (!id.cmnd().isEmpty()) {
                    line(b, vi ? "  Số CMND" : "  Old ID (CMND)", String.join(", ", id.cmnd()));
                }
                if (!id.mns().isEmpty()) {
                    line(b, vi ? "  Mã ngân sách" : "  Budget code (MNS)", String.join(", ", id.mns()));
                }
            });
            if (!s.chain().isEmpty()) {
                line(b, vi ? "  Đơn vị cấp chứng thư" : "  Issuer", s.chain().get(0).issuer());
                line(b, vi ? "  Hiệu lực chứng thư" : "  Certificate validity",
                        time(s.chain().get(0).notBefore()) + " - " + time(s.chain().get(0).notAfter()));
            }
            line(b, vi ? "  Chứng thư gốc tin cậy" : "  Trust anchor",
                    s.trustAnchor().map(a -> a.subject()).orElse(vi ? "không có" : "none"));
            s.claimedSigningTime().ifPresent(t -> line(b, vi ? "  Thời điểm ký (tự khai)" : "  Claimed signing time", time(t)));
            s.timestampTime().ifPresent(t -> line(b, vi ? "  Dấu thời gian" : "  Timestamp", time(t)));
            line(b, vi ? "  Mức PAdES" : "  PAdES level", level(s.level(), vi));
            line(b, vi ? "  Tình trạng thu hồi khi ký" : "  Revocation at signing time",
                    revocation(s.revocation().status(), vi) + " (" + s.revocation().source()
                            + (s.revocation().fetchedOnline() ? (vi ? ", tra cứu trực tuyến" : ", fetched online") : "") + ")");
            line(b, vi ? "  Thuật toán" : "  Algorithms", s.algorithms().signatureAlgorithm() + ", " + s.algorithms().digestAlgorithm()
                    + ", " + s.algorithms().keyAlgorithm() + " " + s.algorithms().keyBits() + " bit - "
                    + (s.algorithms().compliant() ? (vi ? "đạt Thông tư 15/2025" : "meets Circular 15/2025")
                    : (vi ? "không đạt Thông tư 15/2025" : "does not meet Circular 15/2025")));
            line(b, vi ? "  Thay đổi sau khi ký" : "  Changes after signing", change(s.changesAfter(), vi));
            for (Finding f : s.findings()) {
                b.append("    - ").append(f.message(lang)).append('\n');
            }
        }
        r.register().ifPresent(reg -> {
            b.append('\n');
            line(b, vi ? "Sổ chứng thực" : "Register", vi ? registerVi(reg.outcome()) : reg.outcome().name());
            reg.findings().forEach(f -> b.append("  - ").append(f.message(lang)).append('\n'));
        });
        return b.toString();
    }

    private static String verdict(VerificationReport r, boolean vi) {
        return switch (r.verdict()) {
            case VALID -> vi ? "HỢP LỆ" : "VALID";
            case INVALID -> vi ? "KHÔNG HỢP LỆ" : "INVALID";
            case INDETERMINATE -> vi ? "CHƯA XÁC ĐỊNH ĐƯỢC" : "INDETERMINATE";
        };
    }

    private static String indication(vn.bansao.verify.Indication i, boolean vi) {
        return switch (i) {
            case TOTAL_PASSED -> vi ? "đạt" : "passed";
            case TOTAL_FAILED -> vi ? "không đạt" : "failed";
            case INDETERMINATE -> vi ? "chưa xác định được" : "indeterminate";
        };
    }

    /**
     * ETSI EN 319 102-1 sub-indications in Vietnamese, the standard's code kept in parentheses so that a
     * technician can look it up.
     */
    static String subIndicationVi(vn.bansao.verify.SubIndication x) {
        String text = switch (x) {
            case FORMAT_FAILURE -> "sai định dạng hoặc tài liệu bị sửa sau khi ký";
            case HASH_FAILURE -> "nội dung không khớp mã băm đã ký";
            case SIG_CRYPTO_FAILURE -> "giá trị chữ ký không đúng";
            case REVOKED -> "chứng thư số đã bị thu hồi";
            case SIG_CONSTRAINTS_FAILURE -> "không đáp ứng ràng buộc của chữ ký";
            case CHAIN_CONSTRAINTS_FAILURE -> "chuỗi chứng thư không đáp ứng ràng buộc";
            case CERTIFICATE_CHAIN_GENERAL_FAILURE -> "lỗi chuỗi chứng thư";
            case CRYPTO_CONSTRAINTS_FAILURE -> "thuật toán không đạt yêu cầu";
            case EXPIRED -> "chứng thư số đã hết hạn";
            case NOT_YET_VALID -> "chứng thư số chưa có hiệu lực";
            case NO_SIGNING_CERTIFICATE_FOUND -> "không tìm thấy chứng thư số của người ký";
            case NO_CERTIFICATE_CHAIN_FOUND -> "không dựng được chuỗi đến chứng thư gốc tin cậy";
            case REVOKED_NO_POE -> "đã bị thu hồi, không có bằng chứng ký trước thời điểm thu hồi";
            case OUT_OF_BOUNDS_NO_POE -> "ngoài thời hạn hiệu lực, không có bằng chứng thời gian";
            case TRY_LATER -> "chưa có thông tin thu hồi, cần kiểm tra lại sau";
            case SIGNED_DATA_NOT_FOUND -> "không tìm thấy dữ liệu được ký";
            default -> "xem mã";
        };
        return text + " (" + x.name() + ")";
    }

    private static String level(vn.bansao.verify.SignatureLevel l, boolean vi) {
        String label = l.name().startsWith("PADES_BASELINE_") ? "B-" + l.name().substring("PADES_BASELINE_".length()) : l.name();
        return switch (l.name()) {
            case "PDF_NOT_ETSI" -> vi ? "chữ ký PDF không theo chuẩn ETSI" : "PDF signature, not ETSI";
            case "NONE" -> vi ? "không xác định" : "none";
            default -> label;
        };
    }

    private static String registerVi(vn.bansao.verify.RegisterCheck.Outcome o) {
        return switch (o.name()) {
            case "CONFIRMED" -> "đã xác nhận trong sổ";
            case "NOT_FOUND" -> "không có trong sổ";
            case "VOID" -> "số đã bị hủy trong sổ";
            case "NOT_CERTIFIED" -> "số chưa được chứng thực";
            case "MISMATCH" -> "không khớp với dòng trong sổ";
            case "PROOF_INVALID" -> "bằng chứng trong sổ không hợp lệ";
            case "UNAVAILABLE" -> "không truy cập được sổ";
            default -> o.name();
        };
    }

    private static String revocation(vn.bansao.verify.RevocationStatus r, boolean vi) {
        return switch (r) {
            case GOOD -> vi ? "chưa bị thu hồi" : "not revoked";
            case REVOKED -> vi ? "ĐÃ BỊ THU HỒI" : "REVOKED";
            case UNKNOWN -> vi ? "không kiểm tra được" : "could not be checked";
            case STALE -> vi ? "dữ liệu thu hồi đã cũ, cần kiểm tra lại" : "revocation data too old, try later";
            case NOT_APPLICABLE -> vi ? "không áp dụng (chứng thư gốc)" : "not applicable (trust anchor)";
        };
    }

    /** The category's label, shouted when forbidden and marked when allowed even under DocMDP P=1. */
    private static String change(vn.bansao.verify.ChangeCategory c, boolean vi) {
        String label = c.label(vi ? Language.VI : Language.EN);
        return switch (c) {
            case OTHER -> label.toUpperCase(vi ? java.util.Locale.forLanguageTag("vi") : java.util.Locale.ROOT);
            case VALIDATION_DATA_AND_TIMESTAMPS -> label + (vi ? " (được phép)" : " (allowed)");
            default -> label;
        };
    }

    private static String role(SignatureReport s, boolean vi) {
        return switch (s.role()) {
            case OFFICER -> vi ? "người thực hiện chứng thực" : "certifying officer";
            case AUTHORITY -> vi ? "cơ quan chứng thực" : "certifying authority";
            case DOCUMENT_TIMESTAMP -> vi ? "dấu thời gian tài liệu" : "document timestamp";
            case OTHER -> vi ? "chữ ký khác" : "other signature";
        };
    }

    private static String time(Instant t) {
        return TIME.format(t);
    }

    private static void line(StringBuilder b, String label, String value) {
        b.append(label).append(": ").append(value).append('\n');
    }
}

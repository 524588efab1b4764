package vn.bansao.portal.internal.endpoints;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.bansao.portal.internal.web.PortalJson;
import vn.bansao.register.RegisterEntry;
import vn.bansao.verify.Finding;
import vn.bansao.verify.Indication;
import vn.bansao.verify.Language;
import vn.bansao.verify.SignatureReport;
import vn.bansao.verify.SignatureRole;
import vn.bansao.verify.SignerIdentity;
import vn.bansao.verify.Verdict;
import vn.bansao.verify.VerificationReport;

/**
 * What the portal shows of SDK objects, as JSON-ready maps (snake_case). Deliberately public-safe: a register
 * entry seen through a QR code never shows the requester's name or ID number, only what the copy itself
 * already states about the certification.
 */
final class Views {

    private Views() {
    }

    static Map<String, Object> entry(RegisterEntry e, String agencyName, String agencyCode) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("year", e.number().year());
        view.put("number", e.number().sequence());
        view.put("book", e.number().bookLabel());
        view.put("formatted", e.number().format());
        view.put("agency_code", e.number().agencyCode());
        view.put("authority", e.number().agencyCode().equals(agencyCode)
                ? agencyName + " (" + agencyCode + ")" : e.number().agencyCode());
        view.put("status", e.status().name());
        view.put("status_vi", e.statusLabel());
        view.put("certified_at", e.date().toString());
        String document = join(", ", e.details().documentTitle(), e.details().documentIssuer(),
                e.details().documentNumber().isEmpty() ? "" : "số " + e.details().documentNumber());
        view.put("document", document);
        view.put("pages", e.details().pages());
        view.put("copies", e.details().copies());
        view.put("certifier", join(", ", e.details().certifierName(), e.details().certifierTitle()));
        view.put("copy_sha256", e.signedCopySha256().isEmpty() ? null : e.signedCopySha256());
        view.put("void_reason", e.voidReason().isEmpty() ? null : e.voidReason());
        return view;
    }

    static String verdictVi(Verdict verdict) {
        return switch (verdict) {
            case VALID -> "HỢP LỆ";
            case INVALID -> "KHÔNG HỢP LỆ";
            case INDETERMINATE -> "CHƯA XÁC ĐỊNH";
        };
    }

    /** The report reduced to what the page shows, plus the SDK's full JSON report under {@code report}. */
    static Map<String, Object> report(VerificationReport report) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("verdict", report.verdict().name());
        view.put("verdict_vi", verdictVi(report.verdict()));
        view.put("summary_vi", summary(report, Language.VI));
        view.put("summary_en", summary(report, Language.EN));
        view.put("sha256", report.sha256());
        List<Map<String, Object>> signers = new ArrayList<>();
        for (SignatureReport s : report.signatures()) {
            if (s.role() == SignatureRole.DOCUMENT_TIMESTAMP) {
                continue;
            }
            Map<String, Object> signer = new LinkedHashMap<>();
            Optional<SignerIdentity> id = s.signer();
            signer.put("role", s.role().name());
            signer.put("name", id.map(SignerIdentity::commonName).orElse(null));
            signer.put("title", id.flatMap(SignerIdentity::title).orElse(null));
            signer.put("organisation", id.flatMap(SignerIdentity::organisation).orElse(null));
            signer.put("signing_time", s.timestampTime().or(s::claimedSigningTime).map(Object::toString).orElse(null));
            signer.put("verdict", indication(s.indication()).name());
            signer.put("level", s.level().name());
            signers.add(signer);
        }
        view.put("signers", signers);
        report.document().facts().ifPresent(f -> {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("number", f.number());
            facts.put("year", f.year());
            facts.put("book", f.book());
            facts.put("all", report.document().factProperties());
            view.put("facts", facts);
        });
        view.put("pages", report.document().pages());
        report.register().ifPresent(r -> {
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("outcome", r.outcome().name());
            check.put("findings", r.findings().stream().map(fi -> fi.message(Language.VI)).toList());
            view.put("register_check", check);
        });
        view.put("report_text_vi", report.toText(Language.VI));
        try {
            // the SDK's own report, schema bansao-verification/1, for clients that want every detail
            view.put("report", PortalJson.MAPPER.readTree(report.toJson()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return view;
    }

    private static Verdict indication(Indication indication) {
        return switch (indication) {
            case TOTAL_PASSED -> Verdict.VALID;
            case TOTAL_FAILED -> Verdict.INVALID;
            default -> Verdict.INDETERMINATE;
        };
    }

    private static String summary(VerificationReport report, Language language) {
        List<Finding> reasons = report.reasons();
        if (!reasons.isEmpty()) {
            return reasons.get(0).message(language);
        }
        return switch (report.verdict()) {
            case VALID -> language == Language.VI
                    ? "Các chữ ký số hợp lệ và bản sao không bị thay đổi sau khi ký."
                    : "The signatures are valid and the copy was not changed after signing.";
            case INVALID -> language == Language.VI ? "Bản sao không hợp lệ." : "The copy is not valid.";
            case INDETERMINATE -> language == Language.VI
                    ? "Chưa đủ thông tin để kết luận." : "Not enough information to conclude.";
        };
    }

    private static String join(String separator, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (sb.length() > 0) {
                    sb.append(separator);
                }
                sb.append(part);
            }
        }
        return sb.toString();
    }
}

package vn.bansao.verify.internal.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.bansao.verify.Finding;
import vn.bansao.verify.Language;
import vn.bansao.verify.SignatureReport;
import vn.bansao.verify.VerificationReport;

import static vn.bansao.verify.internal.report.ReportText.*;

/** Writes a report as plain text for people, in Vietnamese (default) or English; times in Vietnam time. The labels
 * come from {@link ReportText}'s bundles; the layout (indentation, colons, parentheses) is kept here.
 *
 * <pre>{@code
 * String text = TextReportWriter.write(report, Language.VI);
 * }</pre>
 */
public final class TextReportWriter {

    /** A signature's lines are indented under its heading. */
    private static final String INDENT = "  ";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss 'GMT+7'")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private TextReportWriter() {
    }

    public static String write(VerificationReport r, Language lang) {
        boolean vi = lang == Language.VI;
        StringBuilder b = new StringBuilder();
        line(b, FILE.in(lang), r.source());
        line(b, VERDICT.in(lang), verdict(r, lang));
        for (Finding f : r.reasons()) {
            b.append("  - ").append(f.message(lang)).append('\n');
        }
        line(b, PAGES.in(lang), String.valueOf(r.document().pages()));
        r.document().pdfaClaim().ifPresent(p -> line(b, PDFA_CLAIM.in(lang), p));
        r.document().facts().ifPresent(f -> line(b, CERTIFICATION_NUMBER.in(lang),
                f.number() + " - " + BOOK.in(lang, f.book()) + " (" + f.year() + ")"));
        if (!r.document().pageHashes().isEmpty()) {
            long ok = r.document().pageHashes().stream().filter(p -> p.matches()).count();
            line(b, PAGES_MATCHING_MANIFEST.in(lang), ok + "/" + r.document().pageHashes().size());
        }
        int i = 1;
        for (SignatureReport s : r.signatures()) {
            b.append('\n').append(SIGNATURE.in(lang, i++)).append(" (").append(s.fieldName()).append(")\n");
            line(b, INDENT + ROLE.in(lang), role(s, lang));
            line(b, INDENT + RESULT_ETSI.in(lang), vi
                    ? indication(s.indication(), lang) + s.subIndication().map(x -> " - " + subIndicationVi(x)).orElse("")
                    : s.indication() + s.subIndication().map(x -> " / " + x).orElse("") + " (" + indication(s.indication(), lang) + ")");
            s.signer().ifPresent(id -> {
                line(b, INDENT + SIGNER.in(lang), id.commonName() + id.title().map(t -> ", " + t).orElse(""));
                id.organisation().ifPresent(o -> line(b, INDENT + ORGANISATION.in(lang), o));
                if (!id.mst().isEmpty()) {
                    line(b, INDENT + TAX_CODE.in(lang), String.join(", ", id.mst()));
                }
                if (!id.cccd().isEmpty()) {
                    line(b, INDENT + CITIZEN_ID.in(lang), String.join(", ", id.cccd()));
                }
                if (!id.cmnd().isEmpty()) {
                    line(b, INDENT + OLD_ID.in(lang), String.join(", ", id.cmnd()));
                }
                if (!id.mns().isEmpty()) {
                    line(b, INDENT + BUDGET_CODE.in(lang), String.join(", ", id.mns()));
                }
            });
            if (!s.chain().isEmpty()) {
                line(b, INDENT + ISSUER.in(lang), s.chain().get(0).issuer());
                line(b, INDENT + CERTIFICATE_VALIDITY.in(lang),
                        time(s.chain().get(0).notBefore()) + " - " + time(s.chain().get(0).notAfter()));
            }
            line(b, INDENT + TRUST_ANCHOR.in(lang), s.trustAnchor().map(a -> a.subject()).orElse(TRUST_ANCHOR_NONE.in(lang)));
            s.claimedSigningTime().ifPresent(t -> line(b, INDENT + CLAIMED_SIGNING_TIME.in(lang), time(t)));
            s.timestampTime().ifPresent(t -> line(b, INDENT + TIMESTAMP.in(lang), time(t)));
            line(b, INDENT + PADES_LEVEL.in(lang), level(s.level(), lang));
            line(b, INDENT + REVOCATION_AT_SIGNING_TIME.in(lang),
                    revocation(s.revocation().status(), lang) + " (" + s.revocation().source()
                            + (s.revocation().fetchedOnline() ? ", " + FETCHED_ONLINE.in(lang) : "") + ")");
            line(b, INDENT + ALGORITHMS.in(lang), s.algorithms().signatureAlgorithm() + ", " + s.algorithms().digestAlgorithm()
                    + ", " + s.algorithms().keyAlgorithm() + " " + s.algorithms().keyBits() + " bit - "
                    + (s.algorithms().compliant() ? MEETS_CIRCULAR_15 : FAILS_CIRCULAR_15).in(lang));
            line(b, INDENT + CHANGES_AFTER_SIGNING.in(lang), change(s.changesAfter(), lang));
            for (Finding f : s.findings()) {
                b.append("    - ").append(f.message(lang)).append('\n');
            }
        }
        r.register().ifPresent(reg -> {
            b.append('\n');
            line(b, REGISTER.in(lang), vi ? registerVi(reg.outcome()) : reg.outcome().name());
            reg.findings().forEach(f -> b.append("  - ").append(f.message(lang)).append('\n'));
        });
        return b.toString();
    }

    private static String verdict(VerificationReport r, Language lang) {
        return (switch (r.verdict()) {
            case VALID -> VERDICT_VALID;
            case INVALID -> VERDICT_INVALID;
            case INDETERMINATE -> VERDICT_INDETERMINATE;
        }).in(lang);
    }

    private static String indication(vn.bansao.verify.Indication i, Language lang) {
        return (switch (i) {
            case TOTAL_PASSED -> INDICATION_TOTAL_PASSED;
            case TOTAL_FAILED -> INDICATION_TOTAL_FAILED;
            case INDETERMINATE -> INDICATION_INDETERMINATE;
        }).in(lang);
    }

    /**
     * ETSI EN 319 102-1 sub-indications in Vietnamese, the standard's code kept in parentheses so that a
     * technician can look it up.
     */
    static String subIndicationVi(vn.bansao.verify.SubIndication x) {
        return subIndication(x).in(Language.VI) + " (" + x.name() + ")";
    }

    static ReportText subIndication(vn.bansao.verify.SubIndication x) {
        return switch (x) {
            case FORMAT_FAILURE -> SUB_FORMAT_FAILURE;
            case HASH_FAILURE -> SUB_HASH_FAILURE;
            case SIG_CRYPTO_FAILURE -> SUB_SIG_CRYPTO_FAILURE;
            case REVOKED -> SUB_REVOKED;
            case SIG_CONSTRAINTS_FAILURE -> SUB_SIG_CONSTRAINTS_FAILURE;
            case CHAIN_CONSTRAINTS_FAILURE -> SUB_CHAIN_CONSTRAINTS_FAILURE;
            case CERTIFICATE_CHAIN_GENERAL_FAILURE -> SUB_CERTIFICATE_CHAIN_GENERAL_FAILURE;
            case CRYPTO_CONSTRAINTS_FAILURE -> SUB_CRYPTO_CONSTRAINTS_FAILURE;
            case EXPIRED -> SUB_EXPIRED;
            case NOT_YET_VALID -> SUB_NOT_YET_VALID;
            case NO_SIGNING_CERTIFICATE_FOUND -> SUB_NO_SIGNING_CERTIFICATE_FOUND;
            case NO_CERTIFICATE_CHAIN_FOUND -> SUB_NO_CERTIFICATE_CHAIN_FOUND;
            case REVOKED_NO_POE -> SUB_REVOKED_NO_POE;
            case OUT_OF_BOUNDS_NO_POE -> SUB_OUT_OF_BOUNDS_NO_POE;
            case TRY_LATER -> SUB_TRY_LATER;
            case SIGNED_DATA_NOT_FOUND -> SUB_SIGNED_DATA_NOT_FOUND;
        };
    }

    private static String level(vn.bansao.verify.SignatureLevel l, Language lang) {
        return switch (l) {
            case PDF_NOT_ETSI -> LEVEL_PDF_NOT_ETSI.in(lang);
            case NONE -> LEVEL_NONE.in(lang);
            default -> l.name().startsWith("PADES_BASELINE_") ? "B-" + l.name().substring("PADES_BASELINE_".length()) : l.name();
        };
    }

    private static String registerVi(vn.bansao.verify.RegisterCheck.Outcome o) {
        return register(o).in(Language.VI);
    }

    static ReportText register(vn.bansao.verify.RegisterCheck.Outcome o) {
        return switch (o) {
            case CONFIRMED -> REGISTER_CONFIRMED;
            case NOT_FOUND -> REGISTER_NOT_FOUND;
            case VOID -> REGISTER_VOID;
            case NOT_CERTIFIED -> REGISTER_NOT_CERTIFIED;
            case MISMATCH -> REGISTER_MISMATCH;
            case PROOF_INVALID -> REGISTER_PROOF_INVALID;
            case UNAVAILABLE -> REGISTER_UNAVAILABLE;
            case FORK -> REGISTER_FORK;
            case NOT_WITNESSED -> REGISTER_NOT_WITNESSED;
        };
    }

    private static String revocation(vn.bansao.verify.RevocationStatus r, Language lang) {
        return (switch (r) {
            case GOOD -> REVOCATION_GOOD;
            case REVOKED -> REVOCATION_REVOKED;
            case UNKNOWN -> REVOCATION_UNKNOWN;
            case STALE -> REVOCATION_STALE;
            case NOT_APPLICABLE -> REVOCATION_NOT_APPLICABLE;
        }).in(lang);
    }

    /** The category's label, shouted when forbidden and marked when allowed even under DocMDP P=1. */
    private static String change(vn.bansao.verify.ChangeCategory c, Language lang) {
        String label = c.label(lang);
        return switch (c) {
            case OTHER -> label.toUpperCase(lang == Language.VI ? ReportText.locale(lang) : java.util.Locale.ROOT);
            case VALIDATION_DATA_AND_TIMESTAMPS -> label + " (" + ALLOWED.in(lang) + ")";
            default -> label;
        };
    }

    private static String role(SignatureReport s, Language lang) {
        return (switch (s.role()) {
            case OFFICER -> ROLE_OFFICER;
            case AUTHORITY -> ROLE_AUTHORITY;
            case DOCUMENT_TIMESTAMP -> ROLE_DOCUMENT_TIMESTAMP;
            case OTHER -> ROLE_OTHER;
        }).in(lang);
    }

    private static String time(Instant t) {
        return TIME.format(t);
    }

    private static void line(StringBuilder b, String label, String value) {
        b.append(label).append(": ").append(value).append('\n');
    }
}

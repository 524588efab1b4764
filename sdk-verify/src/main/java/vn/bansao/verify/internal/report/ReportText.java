package vn.bansao.verify.internal.report;

import java.util.Locale;
import vn.bansao.common.MessageKey;
import vn.bansao.common.Texts;
import vn.bansao.verify.Language;

/**
 * The labels of the verifier's reports for people ({@code vn/bansao/verify/report.properties}, English, and
 * {@code report_vi.properties}, Vietnamese): the text report's line labels and the words for verdicts, ETSI
 * indications, roles, PAdES levels, revocation, register outcomes and {@link vn.bansao.verify.ChangeCategory}.
 * Labels carry no indentation, colon or surrounding punctuation: the layout stays in {@link TextReportWriter}.
 *
 * <pre>{@code
 * String label = ReportText.VERDICT.in(Language.VI);   // "Kết luận"
 * }</pre>
 */
public enum ReportText implements MessageKey {
    FILE,
    VERDICT,
    PAGES,
    PDFA_CLAIM,
    CERTIFICATION_NUMBER,
    /** {0}: the register book. */
    BOOK,
    PAGES_MATCHING_MANIFEST,
    /** {0}: the signature's position in the document, from 1. */
    SIGNATURE,
    ROLE,
    RESULT_ETSI,
    SIGNER,
    ORGANISATION,
    TAX_CODE,
    CITIZEN_ID,
    OLD_ID,
    BUDGET_CODE,
    ISSUER,
    CERTIFICATE_VALIDITY,
    TRUST_ANCHOR,
    TRUST_ANCHOR_NONE,
    CLAIMED_SIGNING_TIME,
    TIMESTAMP,
    PADES_LEVEL,
    REVOCATION_AT_SIGNING_TIME,
    FETCHED_ONLINE,
    ALGORITHMS,
    MEETS_CIRCULAR_15,
    FAILS_CIRCULAR_15,
    CHANGES_AFTER_SIGNING,
    /** Marks a change category that DocMDP P=1 still allows. */
    ALLOWED,
    REGISTER,

    VERDICT_VALID,
    VERDICT_INVALID,
    VERDICT_INDETERMINATE,

    INDICATION_TOTAL_PASSED,
    INDICATION_TOTAL_FAILED,
    INDICATION_INDETERMINATE,

    // ETSI EN 319 102-1 sub-indications: the Vietnamese report shows them in words (the code in parentheses),
    // the English report shows the standard's code itself.
    SUB_FORMAT_FAILURE,
    SUB_HASH_FAILURE,
    SUB_SIG_CRYPTO_FAILURE,
    SUB_REVOKED,
    SUB_SIG_CONSTRAINTS_FAILURE,
    SUB_CHAIN_CONSTRAINTS_FAILURE,
    SUB_CERTIFICATE_CHAIN_GENERAL_FAILURE,
    SUB_CRYPTO_CONSTRAINTS_FAILURE,
    SUB_EXPIRED,
    SUB_NOT_YET_VALID,
    SUB_NO_SIGNING_CERTIFICATE_FOUND,
    SUB_NO_CERTIFICATE_CHAIN_FOUND,
    SUB_REVOKED_NO_POE,
    SUB_OUT_OF_BOUNDS_NO_POE,
    SUB_TRY_LATER,
    SUB_SIGNED_DATA_NOT_FOUND,

    LEVEL_PDF_NOT_ETSI,
    LEVEL_NONE,

    // register outcomes: the Vietnamese report shows them in words, the English report shows the outcome's name
    REGISTER_CONFIRMED,
    REGISTER_NOT_FOUND,
    REGISTER_VOID,
    REGISTER_NOT_CERTIFIED,
    REGISTER_MISMATCH,
    REGISTER_PROOF_INVALID,
    REGISTER_UNAVAILABLE,
    REGISTER_FORK,
    REGISTER_NOT_WITNESSED,

    // findings of the remote register check (RemoteRegisterChecker)
    /** {0}: the agency code. */
    FINDING_REGISTER_NOT_IN_DIRECTORY,
    /** {0}: why (in the report's language). */
    FINDING_REGISTER_UNAVAILABLE,
    /** {0}: why. */
    FINDING_REGISTER_CHECKPOINT_INVALID,
    /** {0} origin, {1} remembered size, {2} remembered root, {3} served size, {4} served root, {5} why. */
    FINDING_REGISTER_FORK,
    /** {0} witness, {1} origin, {2} witness's size, {3} its root, {4} served size, {5} served root, {6} why. */
    FINDING_REGISTER_SPLIT_VIEW,
    /** {0} origin, {1} size, {2} cosignatures found, {3} quorum, {4} witnesses missing. */
    FINDING_REGISTER_NOT_WITNESSED,
    /** {0}: why. */
    FINDING_REGISTER_ROWS_INVALID,
    /** {0}: the leaf index. */
    FINDING_REGISTER_ROW_WITHHELD,
    /** {0} rows, {1} origin, {2} size. */
    FINDING_REGISTER_ROWS_PROVEN,
    /** {0} origin, {1} size, {2} witnesses that cosigned. */
    FINDING_REGISTER_CHECKPOINT_ACCEPTED,
    /** {0}: why. */
    FINDING_REGISTER_MEMORY_UNAVAILABLE,

    REVOCATION_GOOD,
    REVOCATION_REVOKED,
    REVOCATION_UNKNOWN,
    REVOCATION_STALE,
    REVOCATION_NOT_APPLICABLE,

    CHANGE_NONE,
    CHANGE_VALIDATION_DATA_AND_TIMESTAMPS,
    CHANGE_SIGNATURES_AND_FORM_FILL,
    CHANGE_ANNOTATIONS,
    CHANGE_OTHER,

    ROLE_OFFICER,
    ROLE_AUTHORITY,
    ROLE_DOCUMENT_TIMESTAMP,
    ROLE_OTHER;

    @Override
    public String bundle() {
        return "vn.bansao.verify.report";
    }

    /** This label in {@code language}, formatted with {@code args}. */
    public String in(Language language, Object... args) {
        return text(locale(language), args);
    }

    /** The locale of a report language: Vietnamese or English. */
    public static Locale locale(Language language) {
        return language == Language.VI ? Texts.VIETNAMESE : Locale.ENGLISH;
    }
}

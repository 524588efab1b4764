package vn.bansao.metrics.internal;

import vn.bansao.common.LocalizedText;
import vn.bansao.common.MessageKey;

/**
 * The detail texts of the metrics' input errors and row problems ({@code vn/bansao/metrics/texts.properties},
 * {@code texts_vi.properties}): one sentence each, given to {@link vn.bansao.metrics.MetricsInputException} and
 * {@link vn.bansao.metrics.RowProblem} as a {@link LocalizedText} so that each language names the file, the line
 * and what is wrong.
 *
 * <pre>{@code
 * throw new MetricsInputException(MetricsText.at("dossiers.csv", 1, LocalizedText.of(MetricsText.MISSING_COLUMN, "agency_code")));
 * }</pre>
 */
public enum MetricsText implements MessageKey {
    // where: {0} source, {1} line, {2} what
    AT,
    IN,
    FIELD,
    // reading a file
    CANNOT_READ,
    NO_SUCH_FILE,
    ACCESS_DENIED,
    IS_A_FOLDER,
    NOT_UTF8,
    IO_ERROR,
    READ_INTERRUPTED,
    FILE_TOO_LARGE,
    SYNTAX_ERROR,
    // header
    EMPTY_FILE,
    HEADER_TOO_LONG,
    DUPLICATE_COLUMN,
    MISSING_COLUMN,
    // records and fields
    RECORD_TOO_LONG,
    LINE_TOO_LONG,
    FIELD_COUNT,
    UNTERMINATED_QUOTE,
    TEXT_AFTER_QUOTE,
    NOT_A_JSON_OBJECT,
    INVALID_JSON,
    EMPTY,
    MISSING,
    NOT_IN_RANGE,
    NUMBER_TOO_LARGE,
    NOT_A_NON_NEGATIVE_INTEGER,
    DATE_NOT_ISO,
    NO_SUCH_DATE,
    NOT_A_DATE,
    NOT_ONE_OF,
    DIGITISED_EXCEEDS_TOTAL,
    E_COPIES_EXCEED_COPIES,
    ON_TIME_EXCEEDS_COMPLAINTS,
    FINISHED_BEFORE_RECEIVED,
    // limits
    TOO_MANY_DISTINCT,
    TOO_MANY_PAIRS,
    // databases
    QUERY_FAILED,
    PUSHDOWN_FAILED,
    // plans
    NO_SAMPLE_PLAN,
    PLAN_NEEDS_TARGETS,
    TARGET,
    MISSING_ENTRY,
    UNKNOWN_INDICATOR,
    UNKNOWN_LEVEL,
    INVALID_PERIOD,
    PERCENT_NOT_A_NUMBER,
    PERCENT_OUT_OF_RANGE,
    BAD_AGGREGATION,
    ESCALATION_INCOMPLETE,
    ESCALATION_NOT_A_NUMBER,
    // readiness checklist
    READINESS_NEEDS_UNITS,
    READINESS_UNIT,
    READINESS_MISSING_UNIT;

    @Override
    public String bundle() {
        return "vn.bansao.metrics.texts";
    }

    /** This text with its arguments, to be rendered in the reader's language. */
    public LocalizedText of(Object... args) {
        return LocalizedText.of(this, args);
    }

    /** {@code what} at {@code line} of {@code source}: {@code "dossiers.csv:3: ..."} in both languages. */
    public static LocalizedText at(String source, long line, LocalizedText what) {
        return AT.of(source, line, what);
    }

    /** {@code what} about {@code source} as a whole (an empty or unreadable file): {@code "dossiers.csv: ..."}. */
    public static LocalizedText in(String source, LocalizedText what) {
        return IN.of(source, what);
    }

    /** {@code what} about one column or field: {@code "received_on: ..."}. */
    public static LocalizedText field(String column, LocalizedText what) {
        return FIELD.of(column, what);
    }
}

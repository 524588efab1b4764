package vn.bansao.core;

import vn.bansao.common.ErrorCode;

/**
 * The stable codes of the errors of {@code bansao-core}; the texts are in {@code vn/bansao/core/errors.properties}
 * (English) and {@code errors_vi.properties}.
 *
 * <pre>{@code
 * catch (CertifiedCopyException e) {
 *     if (e.errorCode() == CoreError.SCAN_REJECTED) { ... }
 *     show(e.message(BansaoException.VIETNAMESE));
 * }
 * }</pre>
 */
public enum CoreError implements ErrorCode {
    /** A builder or reader failure described by the text given ({0}). */
    CERTIFIED_COPY_FAILED,
    /** The statement does not fit on the certification page. */
    STATEMENT_TOO_LONG,
    /** A scan refused: {0} input, {1} page (0: the whole input), {2} what is wrong. */
    SCAN_REJECTED,
    /** The embedded font cannot draw a character: {0} the character, {1} its code point (hex), {2} the text. */
    GLYPH_MISSING,
    /** Not a readable certified copy: {0} why. */
    COPY_UNREADABLE,
    /** A revision appended after signing states other certification facts: {0} what changed. */
    COPY_FACTS_CHANGED_AFTER_SIGNING,
    /** A code that does not follow its format: {0} which code, {1} the input, {2} what was expected. */
    INVALID_CODE,
    /** A certification fact that cannot be printed: {0} the field, {1} what is wrong. */
    INVALID_FACTS;

    @Override
    public String bundle() {
        return "vn.bansao.core.errors";
    }
}

package vn.bansao.core;

import java.util.Locale;
import java.util.Objects;
import vn.bansao.common.LocalizedText;

/**
 * A scan that cannot become a page of a certified copy, thrown before anything is written. Names the input,
 * the page within it (0 when the whole input is concerned) and the reason, in Vietnamese and English. Code
 * {@code SCAN_REJECTED}, arguments: input, page, detail; {@link #reason()} says which kind.
 *
 * <pre>{@code
 * try { CertifiedCopy.builder().scans(paths).facts(facts).build(); }
 * catch (ScanRejectedException e) { log.warn("{} page {}: {}", e.input(), e.page(), e.reason()); }
 * }</pre>
 */
public final class ScanRejectedException extends CertifiedCopyException {

    private static final long serialVersionUID = 1L;

    /** Why an input was refused. */
    public enum Reason {
        /** Not a format the builder reads. */
        UNSUPPORTED_FORMAT,
        /** A format it reads, with a variant it does not (bit depth, coding, colour model). */
        UNSUPPORTED_VARIANT,
        /** Corrupt or truncated data. */
        CORRUPT,
        /** More pixels than the limits allow (decompression bomb). */
        TOO_LARGE,
        /** Real transparency, and flattening was not allowed. */
        TRANSPARENCY,
        /** An encrypted PDF. */
        ENCRYPTED,
        /** An input with no page. */
        NO_PAGES,
        /** A PDF page with content that cannot be part of a PDF/A file. */
        NOT_PDFA_COMPATIBLE,
        /**
         * A PDF page that draws something other than raster images with plain transformations (text of any kind,
         * vector graphics, forms, optional content, inline images, clips or overlaps hiding image parts): it may
         * hold content the officer did not see.
         */
        NOT_A_SCAN,
        /** The input could not be read. */
        UNREADABLE
    }

    private final String input;
    private final int page;
    private final Reason reason;
    private final LocalizedText detail;

    /**
     * @param input    input name
     * @param page     1-based page within the input, 0 for the whole input
     * @param reason   category
     * @param detailVi what is wrong, in Vietnamese
     * @param detailEn what is wrong, in English
     */
    public ScanRejectedException(String input, int page, Reason reason, String detailVi, String detailEn) {
        this(input, page, reason, detailVi, detailEn, null);
    }

    public ScanRejectedException(String input, int page, Reason reason, String detailVi, String detailEn,
                                 Throwable cause) {
        this(input, page, reason, LocalizedText.of(detailVi, detailEn), cause);
    }

    /**
     * @param detail what is wrong, in both languages (a bundle text or two strings)
     * @param cause  the underlying failure, or null
     */
    public ScanRejectedException(String input, int page, Reason reason, LocalizedText detail, Throwable cause) {
        super(CoreError.SCAN_REJECTED, cause, input, page, detail);
        this.input = input;
        this.page = page;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /** The input's name. */
    public String input() {
        return input;
    }

    /** 1-based page within the input, 0 when the whole input is concerned. */
    public int page() {
        return page;
    }

    public Reason reason() {
        return reason;
    }

    /** What is wrong, without the input and page. */
    public LocalizedText detail() {
        return detail;
    }

    /** The Vietnamese explanation. */
    public String detailVi() {
        return detail.in(VIETNAMESE);
    }

    /** The English explanation. */
    public String detailEn() {
        return detail.in(Locale.ENGLISH);
    }
}

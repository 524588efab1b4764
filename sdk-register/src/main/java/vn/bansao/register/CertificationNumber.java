package vn.bansao.register;

import java.util.Objects;

/**
 * A certification number as it is written on the copy and in the register: sequence number, book
 * (quyển số), year and register type, within one certifying body (agency code).
 *
 * <pre>{@code
 * CertificationNumber n = entry.number();
 * n.format();   // "123, Quyển số 01/2026-SCT/BS"
 * }</pre>
 *
 * @param agencyCode   the certifying body's code (QCVN 102:2016 or the newer form), e.g. {@code 000.00.00.H56}
 * @param registerType the register type symbol, e.g. {@code SCT/BS} (see {@link RegisterTypes})
 * @param year         the year of the certification date (Asia/Ho_Chi_Minh)
 * @param book         the book number (quyển số); the sequence continues across books
 * @param sequence     the sequence number, from 1 each year, gapless
 */
public record CertificationNumber(String agencyCode, String registerType, int year, int book, long sequence) {

    public CertificationNumber {
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(registerType, "registerType");
        if (year < 1900 || year > 9999 || book < 1 || sequence < 1) {
            throw new IllegalArgumentException("invalid certification number " + sequence + "/" + book + "/" + year);
        }
    }

    /** "123, Quyển số 01/2026-SCT/BS", as printed on the certification statement. */
    public String format() {
        return sequence + ", Quyển số " + bookLabel();
    }

    /** "01/2026-SCT/BS": the book label of the statement's "Quyển số" line. */
    public String bookLabel() {
        return String.format("%02d/%d-%s", book, year, registerType);
    }

    @Override
    public String toString() {
        return format() + " (" + agencyCode + ")";
    }
}

package vn.bansao.metrics.input;

import java.time.LocalDate;

/**
 * One copy certification from a register (for the e-certification rates).
 *
 * <pre>{@code
 * new CertificationRecord("000.21.31.H56", LocalDate.of(2023, 3, 1), "SCT/BS", true)
 * }</pre>
 *
 * @param agencyCode   certifying unit
 * @param date         date of the certification
 * @param registerType e.g. {@code SCT/BS}
 * @param electronic   true for an electronic certification, false for paper
 */
public record CertificationRecord(String agencyCode, LocalDate date, String registerType, boolean electronic) {
}

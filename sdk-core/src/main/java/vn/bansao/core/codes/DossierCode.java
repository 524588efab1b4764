package vn.bansao.core.codes;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dossier code (mã hồ sơ, Circular 01/2018/TT-VPCP Art. 19): {@code <agency code>-YYMMDD-NNNN}, where
 * YYMMDD is the receipt date (a real calendar date) and NNNN the dossier's sequence on that day.
 *
 * <pre>{@code
 * DossierCode code = DossierCode.parse("000.00.00.H56-221130-0001");
 * code.receivedOn();   // 2022-11-30
 * code.sequence();     // 1
 * DossierCode.of(AgencyCode.parse("000.00.00.H56"), LocalDate.of(2026, 11, 25), 42).value();
 * //  "000.00.00.H56-261125-0042"
 * }</pre>
 *
 * @param agency     the receiving agency
 * @param receivedOn the receipt date (two-digit years are read as 20YY)
 * @param sequence   the day's sequence, 1 to 9999
 */
public record DossierCode(AgencyCode agency, LocalDate receivedOn, int sequence) {

    private static final Pattern FORMAT = Pattern.compile("(.+)-(\\d{2})(\\d{2})(\\d{2})-(\\d{4})");

    public DossierCode {
        if (agency == null || receivedOn == null) {
            throw new NullPointerException("agency and receivedOn are required");
        }
        if (sequence < 1 || sequence > 9999) {
            throw new IllegalArgumentException("sequence must be 1..9999, was " + sequence);
        }
        if (receivedOn.getYear() < 2000 || receivedOn.getYear() > 2099) {
            throw new IllegalArgumentException("receivedOn must be in 2000..2099, was " + receivedOn);
        }
    }

    /** The code for a dossier received by {@code agency} on {@code receivedOn}, number {@code sequence} that day. */
    public static DossierCode of(AgencyCode agency, LocalDate receivedOn, int sequence) {
        return new DossierCode(agency, receivedOn, sequence);
    }

    /** Parses a dossier code; the date must exist and the sequence must not be 0000. */
    public static DossierCode parse(String text) {
        String s = text == null ? "" : text.strip();
        Matcher m = FORMAT.matcher(s);
        if (!m.matches()) {
            throw invalid(s, "phải có dạng <mã cơ quan>-YYMMDD-NNNN", "expected <agency code>-YYMMDD-NNNN");
        }
        AgencyCode agency;
        try {
            agency = AgencyCode.parse(m.group(1));
        } catch (InvalidCodeException e) {
            throw invalid(s, "phần mã cơ quan sai", "the agency part is wrong: " + e.getMessage());
        }
        LocalDate date;
        try {
            date = LocalDate.of(2000 + Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)));
        } catch (DateTimeException e) {
            throw invalid(s, "ngày tiếp nhận " + m.group(2) + m.group(3) + m.group(4) + " không có thật",
                    "receipt date " + m.group(2) + m.group(3) + m.group(4) + " does not exist");
        }
        int sequence = Integer.parseInt(m.group(5));
        if (sequence == 0) {
            throw invalid(s, "số thứ tự bắt đầu từ 0001", "the sequence starts at 0001");
        }
        return new DossierCode(agency, date, sequence);
    }

    /** Like {@link #parse} but returns empty instead of throwing. */
    public static Optional<DossierCode> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (InvalidCodeException e) {
            return Optional.empty();
        }
    }

    /** The code as written on the dossier. */
    public String value() {
        return String.format("%s-%02d%02d%02d-%04d", agency.value(), receivedOn.getYear() % 100,
                receivedOn.getMonthValue(), receivedOn.getDayOfMonth(), sequence);
    }

    @Override
    public String toString() {
        return value();
    }

    private static InvalidCodeException invalid(String input, String vi, String en) {
        return new InvalidCodeException("Mã hồ sơ", "dossier code", input, vi, en);
    }
}

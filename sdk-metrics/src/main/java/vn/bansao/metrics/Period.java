package vn.bansao.metrics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period, both ends inclusive: a year ({@code 2023}), a quarter ({@code 2023-Q1}), a month
 * ({@code 2023-05}), a custom range ({@code 2022-12-15..2023-12-31} or {@code 15/12/2022..31/12/2023}),
 * or {@code all}. A dossier belongs to a period by its receipt date, a certification by its date.
 *
 * <pre>{@code
 * Period q = Period.parse("2023-Q1");     // 2023-01-01..2023-03-31
 * q.contains(LocalDate.of(2023, 3, 31));   // true
 * }</pre>
 *
 * @param label as written
 * @param from  first day
 * @param to    last day
 */
public record Period(String label, LocalDate from, LocalDate to) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    /** Everything. */
    public static final Period ALL = new Period("all", LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period " + label + " ends before it starts / kỳ kết thúc trước khi bắt đầu");
        }
    }

    public static Period parse(String spec) {
        String s = spec.strip();
        try {
            if (s.equalsIgnoreCase("all")) {
                return ALL;
            }
            Matcher q = QUARTER.matcher(s);
            if (q.matches()) {
                int year = Integer.parseInt(q.group(1));
                int quarter = Integer.parseInt(q.group(2));
                LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
                return new Period(year + "-Q" + quarter, from, from.plusMonths(3).minusDays(1));
            }
            if (YEAR.matcher(s).matches()) {
                int year = Integer.parseInt(s);
                return new Period(s, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            if (MONTH.matcher(s).matches()) {
                YearMonth m = YearMonth.parse(s);
                return new Period(s, m.atDay(1), m.atEndOfMonth());
            }
            int dots = s.indexOf("..");
            if (dots > 0) {
                return new Period(s, date(s.substring(0, dots)), date(s.substring(dots + 2)));
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(message(spec), e);
        }
        throw new IllegalArgumentException(message(spec));
    }

    /** Comma-separated periods, in the given order. */
    public static List<Period> parseList(String specs) {
        List<Period> out = new ArrayList<>();
        for (String s : specs.split(",")) {
            if (!s.isBlank()) {
                out.add(parse(s));
            }
        }
        return out;
    }

    private static LocalDate date(String s) {
        String t = s.strip();
        return t.contains("/") ? LocalDate.parse(t, VN_DATE) : LocalDate.parse(t);
    }

    private static String message(String spec) {
        return "kỳ không hợp lệ / invalid period '" + spec
                + "' (2023, 2023-Q1, 2023-05, 2022-12-15..2023-12-31)";
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    /** The year a plan's yearly escalation counts this period in: the year of its last day. */
    public int year() {
        return to.getYear();
    }

    /** {@code yyyymmdd} of the first day, the encoding of parsed rows. */
    public int fromKey() {
        return key(from);
    }

    /** {@code yyyymmdd} of the last day. */
    public int toKey() {
        return key(to);
    }

    static int key(LocalDate d) {
        return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    @Override
    public String toString() {
        return label;
    }
}

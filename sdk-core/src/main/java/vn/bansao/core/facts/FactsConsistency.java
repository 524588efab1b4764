package vn.bansao.core.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.bansao.core.fee.FeeSchedule;

/**
 * Facts that contradict themselves, the fee schedule or the register are refused: the number, book, date
 * and fee printed on a copy come from the register and the fee schedule. {@link vn.bansao.core.CertifiedCopy}
 * runs {@link #check} on every build, so {@code bansao build}, the certification workflow and the portal all
 * refuse the same facts; the workflow also runs {@link #requireIssued} against the number the register gave.
 *
 * <pre>{@code
 * FactsConsistency.check(facts, FeeSchedule.CIRCULAR_226_2016);      // fee, book year, book register type
 * FactsConsistency.requireIssued(facts, 12, "01/2026-SCT/BS", "SCT/BS", LocalDate.of(2026, 12, 7));
 * }</pre>
 */
public final class FactsConsistency {

    /** {@code 01/2026-SCT/BS}: book number, year, register type symbol. */
    private static final Pattern BOOK = Pattern.compile("(\\d{1,4})/(\\d{4})-(\\S.*)");

    private FactsConsistency() {
    }

    /**
     * Refuses facts whose fee is not the schedule's for their pages and copies, whose book label is not
     * {@code NN/YYYY-TYPE}, names another year than the date's, or another register type than theirs.
     *
     * @throws IllegalArgumentException naming every contradiction, in Vietnamese and English
     */
    public static void check(CertificationFacts facts, FeeSchedule fees) {
        List<String> problems = new ArrayList<>();
        if (facts.fee().isPresent()) {
            try {
                fees.requireMatches(facts.fee().getAsLong(), facts.pages(), facts.copies());
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        Matcher m = BOOK.matcher(facts.book());
        if (!m.matches()) {
            problems.add("Quyển số \"" + facts.book() + "\" không đúng dạng 01/" + facts.year() + "-" + facts.registerType()
                    + " / the book \"" + facts.book() + "\" is not of the form 01/" + facts.year() + "-"
                    + facts.registerType());
        } else {
            if (Integer.parseInt(m.group(2)) != facts.year()) {
                problems.add("Quyển số " + facts.book() + " là sổ năm " + m.group(2) + " nhưng ngày chứng thực ở năm "
                        + facts.year() + " / the book " + facts.book() + " is the " + m.group(2) + " register but the"
                        + " certification is dated " + facts.year());
            }
            if (!m.group(3).equals(facts.registerType())) {
                problems.add("Quyển số " + facts.book() + " thuộc sổ " + m.group(3) + " nhưng loại sổ là "
                        + facts.registerType() + " / the book " + facts.book() + " belongs to the " + m.group(3)
                        + " register, the facts say " + facts.registerType());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Dữ kiện mâu thuẫn / contradictory facts: " + String.join("; ", problems));
        }
    }

    /**
     * Refuses facts that state another number, book, register type or date than the register issued.
     *
     * @throws IllegalArgumentException naming every difference
     */
    public static void requireIssued(CertificationFacts facts, long number, String book, String registerType,
                                     LocalDate date) {
        List<String> problems = new ArrayList<>();
        if (facts.number() != number) {
            problems.add("số " + facts.number() + " ≠ " + number + " / number");
        }
        if (!facts.book().equals(book)) {
            problems.add("quyển số " + facts.book() + " ≠ " + book + " / book");
        }
        if (!facts.registerType().equals(registerType)) {
            problems.add("loại sổ " + facts.registerType() + " ≠ " + registerType + " / register type");
        }
        if (!facts.date().equals(date)) {
            problems.add("ngày " + facts.date() + " ≠ " + date + " / date");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Dữ kiện khác với sổ chứng thực / the facts differ from what the register"
                    + " issued: " + String.join("; ", problems));
        }
    }
}

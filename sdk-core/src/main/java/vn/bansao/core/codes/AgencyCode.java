package vn.bansao.core.codes;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An agency code, in either of its two official forms.
 *
 * <ul>
 *   <li><b>QCVN 102:2016</b>, 13 characters {@code DDD.DD.DD.LDD}, read <em>right to left</em> by level:
 *       {@code 000.00.00.H56} is a provincial People's Committee (letter H), {@code 000.00.31.H56} a unit
 *       under it. Trailing zero groups mean "no deeper level".</li>
 *   <li><b>Decision 20/2020/QĐ-TTg</b> (amended by 09/2025), read <em>left to right</em>: at most 35
 *       characters of {@code [0-9A-Z.]}, e.g. {@code H55.242}; each dot-separated segment is one level
 *       deeper.</li>
 * </ul>
 *
 * <pre>{@code
 * AgencyCode code = AgencyCode.parse("000.00.31.H56");
 * code.form();          // Form.QCVN_102_2016
 * code.levels();        // ["H56", "31"]  (top level first)
 * code.parent();        // Optional[000.00.00.H56]
 * code.rootKind();      // Optional['H'] — provincial People's Committee
 * }</pre>
 *
 * @param value the code as written
 * @param form  which of the two forms it follows
 */
public record AgencyCode(String value, Form form) {

    /** The two official forms of an agency code. */
    public enum Form {
        /** 13 characters {@code DDD.DD.DD.LDD}, read right to left. */
        QCVN_102_2016,
        /** At most 35 characters of {@code [0-9A-Z.]}, read left to right. */
        DECISION_20_2020
    }

    private static final Pattern QCVN = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");
    private static final Pattern DECISION_20 = Pattern.compile("[0-9A-Z]+(\\.[0-9A-Z]+)*");
    private static final int DECISION_20_MAX_LENGTH = 35;

    public AgencyCode {
        if (value == null || form == null) {
            throw new NullPointerException("value and form are required");
        }
    }

    /** Parses either form; throws {@link InvalidCodeException} naming what is wrong. */
    public static AgencyCode parse(String text) {
        String s = text == null ? "" : text.strip();
        if (QCVN.matcher(s).matches()) {
            return new AgencyCode(s, Form.QCVN_102_2016);
        }
        if (s.length() == 13 && s.charAt(3) == '.' && s.charAt(6) == '.' && s.charAt(9) == '.') {
            throw invalid(s, "dạng QCVN 102:2016 phải là DDD.DD.DD.LDD (L là chữ in hoa)",
                    "the QCVN 102:2016 form is DDD.DD.DD.LDD (L an upper-case letter)");
        }
        if (s.isEmpty()) {
            throw invalid(s, "mã trống", "the code is empty");
        }
        if (s.length() > DECISION_20_MAX_LENGTH) {
            throw invalid(s, "dài quá 35 ký tự", "longer than 35 characters");
        }
        if (!DECISION_20.matcher(s).matches()) {
            throw invalid(s, "chỉ được dùng chữ số, chữ in hoa không dấu và dấu chấm",
                    "only digits, upper-case ASCII letters and single dots are allowed");
        }
        return new AgencyCode(s, Form.DECISION_20_2020);
    }

    /** Like {@link #parse} but returns empty instead of throwing. */
    public static Optional<AgencyCode> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (InvalidCodeException e) {
            return Optional.empty();
        }
    }

    /** The meaningful levels, top level first (zero groups of the QCVN form are left out). */
    public List<String> levels() {
        if (form == Form.DECISION_20_2020) {
            return List.of(value.split("\\."));
        }
        List<String> rightToLeft = Arrays.asList(value.split("\\."));
        java.util.ArrayList<String> levels = new java.util.ArrayList<>();
        for (int i = rightToLeft.size() - 1; i >= 0; i--) {
            String group = rightToLeft.get(i);
            if (group.chars().allMatch(c -> c == '0')) {
                break;
            }
            levels.add(group);
        }
        return List.copyOf(levels);
    }

    /** The agency one level up, if this is not a top-level agency. */
    public Optional<AgencyCode> parent() {
        List<String> levels = levels();
        if (levels.size() <= 1) {
            return Optional.empty();
        }
        if (form == Form.DECISION_20_2020) {
            return Optional.of(new AgencyCode(String.join(".", levels.subList(0, levels.size() - 1)), form));
        }
        String[] groups = value.split("\\.");
        int deepest = groups.length - levels.size(); // index of the deepest non-zero group
        groups[deepest] = "0".repeat(groups[deepest].length());
        return Optional.of(new AgencyCode(String.join(".", groups), form));
    }

    /**
     * The letter of the top level in the QCVN form: H provincial People's Committee, K People's Council,
     * G ministry, and so on; for the newer form, the first character when it is a letter.
     */
    public Optional<Character> rootKind() {
        String top = levels().isEmpty() ? "" : levels().get(0);
        return !top.isEmpty() && Character.isLetter(top.charAt(0)) ? Optional.of(top.charAt(0)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }

    private static InvalidCodeException invalid(String input, String vi, String en) {
        return new InvalidCodeException("Mã cơ quan", "agency code", input, vi, en);
    }
}

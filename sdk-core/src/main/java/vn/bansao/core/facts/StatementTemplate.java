package vn.bansao.core.facts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The certification statement (lời chứng) printed on the certification page, one template line per
 * printed line. Provinces override it; the defaults follow the wording seen in practice (domain brief §2).
 *
 * <p>Syntax of a line: {@code # text} is the heading (bold, centred), {@code ## text} a bold centred caption,
 * {@code [officer_signature]} and {@code [authority_signature]} the boxes where the officer's and the body's
 * visible signatures go, anything else a body line (wrapped when too long). A line starting with {@code > }
 * goes in the signer column on the right of the page (centred in it), where the signature boxes always are:
 * the customary layout puts the number, the date and each signer's caption, signature and name there. Placeholders: {@code {number}},
 * {@code {book}}, {@code {registerType}}, {@code {day}}, {@code {month}}, {@code {year}}, {@code {bodyName}},
 * {@code {bodyCode}}, {@code {requesterName}}, {@code {requesterId}}, {@code {originalTitle}},
 * {@code {originalIssuer}}, {@code {originalNumber}}, {@code {originalDate}} (dd/MM/yyyy), {@code {pages}},
 * {@code {copies}}, {@code {certifierName}}, {@code {certifierTitle}}, {@code {fee}} (e.g. {@code 4.000}),
 * {@code {originalNumberClause}} ({@code ", số A123"}, or nothing when the original has no number).
 * A line using a placeholder whose value is absent (no fee, no original number) is left out.
 *
 * <pre>{@code
 * StatementTemplate t = StatementTemplate.of(List.of("# CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH",
 *     "> Số chứng thực: {number}", "> Quyển số: {book}", "> ## NGƯỜI THỰC HIỆN CHỨNG THỰC",
 *     "[officer_signature]", "> ## CƠ QUAN CHỨNG THỰC", "[authority_signature]"));
 * List<StatementTemplate.Line> lines = t.render(facts);
 * }</pre>
 *
 * @param lines the template lines, in print order
 */
public record StatementTemplate(List<String> lines) {

    /** Marker line of the officer's signature box. */
    public static final String OFFICER_SIGNATURE = "[officer_signature]";
    /** Marker line of the certifying body's signature box. */
    public static final String AUTHORITY_SIGNATURE = "[authority_signature]";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    public StatementTemplate {
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        if (lines.stream().map(StatementTemplate::unplaced).noneMatch(AUTHORITY_SIGNATURE::equals)) {
            throw new IllegalArgumentException("template needs an " + AUTHORITY_SIGNATURE + " line");
        }
    }

    /** A template from its lines. */
    public static StatementTemplate of(List<String> lines) {
        return new StatementTemplate(lines);
    }

    /** The default template of the given procedure (domain brief §2). */
    public static StatementTemplate defaultFor(CertificationKind kind) {
        return kind == CertificationKind.FROM_ORIGINAL ? FROM_ORIGINAL : FROM_MASTER_REGISTER;
    }

    /** Statement block and signer column on the right, the seal with its own caption (issue 13 item 11). */
    private static final StatementTemplate FROM_ORIGINAL = new StatementTemplate(List.of(
            "# CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH",
            "Bản chính: {originalTitle}{originalNumberClause}, ngày {originalDate}, do {originalIssuer} cấp.",
            "Người yêu cầu chứng thực: {requesterName}, giấy tờ tùy thân số {requesterId}.",
            "Số trang bản chính: {pages}. Số bản sao: {copies}.",
            "Lệ phí: {fee} đồng.",
            "Cơ quan chứng thực: {bodyName} (mã {bodyCode}).",
            "> Số chứng thực: {number}",
            "> Quyển số: {book}",
            "> Ngày {day} tháng {month} năm {year}",
            "> ## NGƯỜI THỰC HIỆN CHỨNG THỰC",
            OFFICER_SIGNATURE,
            "> ## {certifierName}",
            "> {certifierTitle}",
            "> ## CƠ QUAN CHỨNG THỰC",
            AUTHORITY_SIGNATURE,
            "> ## {bodyName}"));

    private static final StatementTemplate FROM_MASTER_REGISTER = new StatementTemplate(List.of(
            "# BẢN SAO ĐIỆN TỬ ĐƯỢC CẤP TỪ SỔ GỐC",
            "Sổ gốc: {originalTitle}{originalNumberClause}, ngày {originalDate}, do {originalIssuer} lập.",
            "Người yêu cầu cấp bản sao: {requesterName}, giấy tờ tùy thân số {requesterId}.",
            "Số trang: {pages}. Số bản sao: {copies}.",
            "Lệ phí: {fee} đồng.",
            "> Số: {number}",
            "> Quyển số: {book}",
            "> Ngày {day} tháng {month} năm {year}",
            "> ## CƠ QUAN CẤP BẢN SAO",
            AUTHORITY_SIGNATURE,
            "> ## {bodyName}",
            "> (mã {bodyCode})",
            "> {certifierName}, {certifierTitle}"));

    /** How a rendered line is printed. */
    public enum Style { HEADING, CAPTION, BODY, OFFICER_SIGNATURE, AUTHORITY_SIGNATURE }

    /**
     * One rendered line.
     *
     * @param style        how it is printed
     * @param text         the NFC text (empty for signature boxes)
     * @param signerColumn printed in the signer column on the right (signature boxes always are)
     */
    public record Line(Style style, String text, boolean signerColumn) {

        /** A full-width line (a box: in the signer column). */
        public Line(Style style, String text) {
            this(style, text, style == Style.OFFICER_SIGNATURE || style == Style.AUTHORITY_SIGNATURE);
        }
    }

    /**
     * Fills the template with the facts. Checks the template fits the procedure: a copy from the
     * master register carries no officer signature box, a copy from an original needs it.
     */
    public List<Line> render(CertificationFacts facts) {
        boolean hasOfficer = lines.stream().map(StatementTemplate::unplaced).anyMatch(OFFICER_SIGNATURE::equals);
        if (facts.kind() == CertificationKind.FROM_ORIGINAL && !hasOfficer) {
            throw new IllegalArgumentException("a copy from an original needs " + OFFICER_SIGNATURE);
        }
        if (facts.kind() == CertificationKind.FROM_MASTER_REGISTER && hasOfficer) {
            throw new IllegalArgumentException("a copy from the master register has no " + OFFICER_SIGNATURE);
        }
        Map<String, String> values = values(facts);
        List<Line> out = new ArrayList<>();
        for (String template : lines) {
            boolean right = template.startsWith("> ");
            String raw = right ? template.substring(2).strip() : template;
            if (raw.equals(OFFICER_SIGNATURE)) {
                out.add(new Line(Style.OFFICER_SIGNATURE, ""));
                continue;
            }
            if (raw.equals(AUTHORITY_SIGNATURE)) {
                out.add(new Line(Style.AUTHORITY_SIGNATURE, ""));
                continue;
            }
            String line = raw;
            Style style = Style.BODY;
            if (line.startsWith("## ")) {
                style = Style.CAPTION;
                line = line.substring(3);
            } else if (line.startsWith("# ")) {
                style = Style.HEADING;
                line = line.substring(2);
            }
            String filled = fill(line, values);
            if (filled != null && !filled.isBlank()) {
                out.add(new Line(style, Normalizer.normalize(filled.strip(), Normalizer.Form.NFC), right));
            }
        }
        return List.copyOf(out);
    }

    /** The text lines only (no signature boxes): what text extraction of the page gives back. */
    public List<String> renderText(CertificationFacts facts) {
        return render(facts).stream().filter(l -> !l.text().isEmpty()).map(Line::text).toList();
    }

    /** The line without its signer-column prefix. */
    private static String unplaced(String line) {
        return line.startsWith("> ") ? line.substring(2).strip() : line;
    }

    private static String fill(String line, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            if (!values.containsKey(m.group(1))) {
                throw new IllegalArgumentException("unknown placeholder / trường không rõ: {" + m.group(1) + "}");
            }
            String v = values.get(m.group(1));
            if ((v == null || v.isEmpty()) && !m.group(1).endsWith("Clause")) {
                return null;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static Map<String, String> values(CertificationFacts f) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("number", Long.toString(f.number()));
        v.put("book", f.book());
        v.put("registerType", f.registerType());
        v.put("day", String.format("%02d", f.date().getDayOfMonth()));
        v.put("month", String.format("%02d", f.date().getMonthValue()));
        v.put("year", Integer.toString(f.date().getYear()));
        v.put("bodyName", f.bodyName());
        v.put("bodyCode", f.agencyCode());
        v.put("requesterName", f.requesterName());
        v.put("requesterId", f.requesterId());
        v.put("originalTitle", f.documentTitle());
        v.put("originalIssuer", f.documentIssuer());
        v.put("originalNumber", f.documentNumber());
        v.put("originalNumberClause", f.documentNumber().isEmpty() ? "" : ", số " + f.documentNumber());
        v.put("originalDate", String.format("%02d/%02d/%d", f.documentDate().getDayOfMonth(),
                f.documentDate().getMonthValue(), f.documentDate().getYear()));
        v.put("pages", Integer.toString(f.pages()));
        v.put("copies", Integer.toString(f.copies()));
        v.put("certifierName", f.certifierName());
        v.put("certifierTitle", f.certifierTitle());
        v.put("fee", f.fee().isPresent() ? groupThousands(f.fee().getAsLong()) : "");
        return v;
    }

    /** Vietnamese grouping: 200.000 đồng. */
    static String groupThousands(long n) {
        String s = Long.toString(n);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) {
                sb.append('.');
            }
            sb.append(s.charAt(i));
        }
        return sb.toString();
    }
}

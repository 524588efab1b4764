package vn.bansao.metrics.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import vn.bansao.common.LocalizedText;
import vn.bansao.metrics.MetricsInputException;
import vn.bansao.metrics.RowPolicy;
import vn.bansao.metrics.RowProblem;
import vn.bansao.metrics.UnitLevel;
import vn.bansao.metrics.internal.BoundedLines;
import vn.bansao.metrics.internal.CsvLine;
import vn.bansao.metrics.internal.IoText;
import vn.bansao.metrics.internal.MetricsText;
import vn.bansao.metrics.internal.StrictUtf8Reader;

/**
 * Readers for the small CSV inputs: the unit catalogue ({@code code,name,level,group,parent}), the procedure
 * catalogue ({@code code,online_level,has_fee}) and certification records
 * ({@code agency_code,date,register_type,kind}). Malformed lines are reported like dossier rows.
 *
 * <pre>{@code
 * List<UnitInfo> units = Catalogues.units(Path.of("units.csv"), RowPolicy.SKIP, problems::add);
 * }</pre>
 */
public final class Catalogues {

    /** A catalogue line longer than this is refused. */
    private static final int MAX_LINE = 64 * 1024;

    private Catalogues() {
    }

    public static List<UnitInfo> units(Path file, RowPolicy policy, Consumer<RowProblem> problems) {
        List<UnitInfo> out = new ArrayList<>();
        read(file, policy, problems, Map.of("code", List.of("code", "agency_code", "madonvi"), "name", List.of("name", "tendonvi"),
                "level", List.of("level", "unit_level", "capdonvi"), "group", List.of("group", "unit_group", "nhomdonvi"),
                "parent", List.of("parent", "parent_code", "donvicha")), List.of("code", "level"), (v, why) -> {
                    Optional<UnitLevel> level = UnitLevel.parse(v.get("level"));
                    if (level.isEmpty()) {
                        why.accept(MetricsText.field("level", MetricsText.NOT_ONE_OF.of("province|district|commune")));
                        return;
                    }
                    String name = v.getOrDefault("name", "");
                    out.add(new UnitInfo(v.get("code"), name.isBlank() ? v.get("code") : name, level.get(),
                            nonBlank(v.get("group")), nonBlank(v.get("parent"))));
                });
        return out;
    }

    public static List<ProcedureInfo> procedures(Path file, RowPolicy policy, Consumer<RowProblem> problems) {
        List<ProcedureInfo> out = new ArrayList<>();
        read(file, policy, problems, Map.of("code", List.of("code", "procedure_code", "mattHC"),
                "online", List.of("online_level", "online", "mucdo"), "fee", List.of("has_fee", "fee", "cophi")),
                List.of("code", "online"), (v, why) -> {
                    ProcedureInfo.OnlineLevel level = switch (v.get("online").strip().toLowerCase(Locale.ROOT)) {
                        case "full", "toan_trinh", "toàn trình", "4" -> ProcedureInfo.OnlineLevel.FULL;
                        case "partial", "mot_phan", "một phần", "3" -> ProcedureInfo.OnlineLevel.PARTIAL;
                        case "none", "", "1", "2" -> ProcedureInfo.OnlineLevel.NONE;
                        default -> null;
                    };
                    String fee = v.getOrDefault("fee", "0").strip();
                    if (level == null) {
                        why.accept(MetricsText.field("online_level", MetricsText.NOT_ONE_OF.of("full|partial|none")));
                    } else if (!fee.equals("0") && !fee.equals("1") && !fee.isEmpty()) {
                        why.accept(MetricsText.field("has_fee", MetricsText.NOT_ONE_OF.of("0|1")));
                    } else {
                        out.add(new ProcedureInfo(v.get("code"), level, fee.equals("1")));
                    }
                });
        return out;
    }

    public static List<CertificationRecord> certifications(Path file, RowPolicy policy, Consumer<RowProblem> problems) {
        List<CertificationRecord> out = new ArrayList<>();
        read(file, policy, problems, Map.of("agency", List.of("agency_code", "agency", "madonvi"),
                "date", List.of("date", "certified_on", "ngaychungthuc"), "type", List.of("register_type", "loaiso"),
                "kind", List.of("kind", "form", "hinhthuc")), List.of("agency", "date", "kind"), (v, why) -> {
                    LocalDate date;
                    try {
                        date = LocalDate.parse(v.get("date").strip());
                    } catch (DateTimeParseException e) {
                        why.accept(MetricsText.field("date", MetricsText.NOT_A_DATE.of()));
                        return;
                    }
                    String kind = v.get("kind").strip().toLowerCase(Locale.ROOT);
                    if (!kind.equals("paper") && !kind.equals("electronic")) {
                        why.accept(MetricsText.field("kind", MetricsText.NOT_ONE_OF.of("paper|electronic")));
                        return;
                    }
                    out.add(new CertificationRecord(v.get("agency").strip(), date, v.getOrDefault("type", ""), kind.equals("electronic")));
                });
        return out;
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    /** Handles one line's values; reports a reason through the consumer when the line is malformed. */
    private interface LineHandler {
        void handle(Map<String, String> values, Consumer<LocalizedText> malformed);
    }

    private static void read(Path file, RowPolicy policy, Consumer<RowProblem> problems, Map<String, List<String>> names,
                             List<String> required, LineHandler handler) {
        String source = file.getFileName().toString();
        long lineNo = 0; // the last line read whole: a read error is on the next one
        try (StrictUtf8Reader reader = new StrictUtf8Reader(Files.newInputStream(file))) {
            BoundedLines in;
            String header;
            try {
                in = new BoundedLines(reader, MAX_LINE);
                header = in.next();
            } catch (IOException e) {
                throw IoText.cannotReadAt(file, source, 1, e);
            }
            if (header == null) {
                throw new MetricsInputException(MetricsText.in(source, MetricsText.EMPTY_FILE.of()));
            }
            if (header == BoundedLines.TOO_LONG) {
                throw new MetricsInputException(MetricsText.at(source, 1, MetricsText.HEADER_TOO_LONG.of()));
            }
            lineNo = 1;
            if (header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            List<String> cols = CsvLine.split(header);
            Map<Integer, String> keyOf = new HashMap<>();
            for (int i = 0; i < cols.size(); i++) {
                String c = cols.get(i).strip().toLowerCase(Locale.ROOT);
                for (Map.Entry<String, List<String>> e : names.entrySet()) {
                    if (e.getValue().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(c))) {
                        keyOf.put(i, e.getKey());
                    }
                }
            }
            for (String r : required) {
                if (!keyOf.containsValue(r)) {
                    throw new MetricsInputException(MetricsText.at(source, 1, MetricsText.MISSING_COLUMN.of(names.get(r).get(0))));
                }
            }
            String line;
            while ((line = in.next()) != null) {
                lineNo++;
                long start = lineNo;
                // a quoted field may span lines: join until the quotes balance (bounded like a line)
                while (line != BoundedLines.TOO_LONG && line.chars().filter(ch -> ch == '"').count() % 2 == 1) {
                    String next = in.next();
                    if (next == null) {
                        break;
                    }
                    lineNo++;
                    line = next == BoundedLines.TOO_LONG || line.length() + next.length() > MAX_LINE ? BoundedLines.TOO_LONG
                            : line + "\n" + next;
                }
                if (line != BoundedLines.TOO_LONG && line.isBlank()) {
                    continue;
                }
                LocalizedText[] reason = new LocalizedText[1];
                List<String> fields = line == BoundedLines.TOO_LONG ? List.of() : CsvLine.split(line);
                if (line == BoundedLines.TOO_LONG) {
                    reason[0] = MetricsText.LINE_TOO_LONG.of();
                } else if (fields.size() != cols.size()) {
                    reason[0] = MetricsText.FIELD_COUNT.of(fields.size(), cols.size());
                } else {
                    Map<String, String> values = new HashMap<>();
                    keyOf.forEach((i, k) -> values.put(k, fields.get(i)));
                    for (String r : required) {
                        if (values.get(r) == null || values.get(r).isBlank()) {
                            reason[0] = MetricsText.field(names.get(r).get(0), MetricsText.EMPTY.of());
                        }
                    }
                    if (reason[0] == null) {
                        handler.handle(values, why -> reason[0] = why);
                    }
                }
                if (reason[0] != null) {
                    RowProblem p = new RowProblem(source, start, reason[0]);
                    if (policy == RowPolicy.FAIL) {
                        throw new MetricsInputException(p);
                    }
                    problems.accept(p);
                }
            }
        } catch (IOException e) {
            // not opened (no line), or broken after line lineNo
            throw lineNo == 0 ? IoText.cannotRead(file, e) : IoText.cannotReadAt(file, source, lineNo + 1, e);
        }
    }
}

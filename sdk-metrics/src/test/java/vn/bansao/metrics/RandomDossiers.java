package vn.bansao.metrics;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Deterministic random dossier rows for equivalence tests (CSV vs JSON Lines vs SQL, one thread vs two). */
final class RandomDossiers {

    static final String[] COLUMNS = {"dossier_code", "procedure_code", "agency_code", "unit_level", "unit_group", "received_on",
            "due_on", "finished_on", "channel", "full_process_eligible", "has_fee", "paid_online", "components_total",
            "components_digitised", "result_required", "result_electronic", "copies_required", "copies_certified_electronically",
            "reused_data", "from_citizen_store", "population_data", "rating", "complaints", "complaints_on_time"};

    private RandomDossiers() {
    }

    /** Rows of text values in {@link #COLUMNS} order; {@code malformedEvery} > 0 spoils one row in that many. */
    static List<String[]> rows(long seed, int n, int malformedEvery) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String[]> out = new ArrayList<>(n);
        String[] levels = {"province", "district", "commune"};
        for (int i = 0; i < n; i++) {
            int unit = r.nextInt(40);
            String level = levels[unit % 3];
            int month = 1 + r.nextInt(12), day = 1 + r.nextInt(28);
            String received = date(month, day);
            int dueDay = Math.min(28, day + r.nextInt(6));
            String due = r.nextInt(10) == 0 ? "" : date(month, dueDay);
            String finished = r.nextInt(5) == 0 ? "" : date(month, Math.min(28, day + r.nextInt(8)));
            int comps = r.nextInt(6);
            int copies = r.nextInt(4);
            int complaints = r.nextInt(20) == 0 ? 1 + r.nextInt(2) : 0;
            boolean fee = r.nextBoolean();
            String[] row = {
                    "D" + i, r.nextInt(15) == 0 ? "" : (r.nextInt(30) == 0 ? "2.000815, \"local\"" : "1." + r.nextInt(60)),
                    "000." + two(unit) + ".31.H56", level, unit % 4 == 0 ? "" : "g" + (unit % 4), received, due, finished,
                    new String[] {"in_person", "online", "post"}[r.nextInt(3)],
                    Integer.toString(r.nextInt(2)), fee ? "1" : "0", fee ? Integer.toString(r.nextInt(3)) : "0",
                    Integer.toString(comps), Integer.toString(r.nextInt(comps + 1)), Integer.toString(r.nextInt(2)),
                    Integer.toString(r.nextInt(2)), Integer.toString(copies), Integer.toString(r.nextInt(copies + 1)),
                    Integer.toString(r.nextInt(2)), Integer.toString(r.nextInt(2)), Integer.toString(r.nextInt(2)),
                    new String[] {"satisfied", "unsatisfied", ""}[r.nextInt(3)], Integer.toString(complaints),
                    Integer.toString(complaints == 0 ? 0 : r.nextInt(complaints + 1))};
            if (malformedEvery > 0 && i % malformedEvery == malformedEvery - 1) {
                switch (r.nextInt(4)) {
                    case 0 -> row[5] = "2023-02-31";
                    case 1 -> row[8] = "fax";
                    case 2 -> row[13] = Integer.toString(comps + 1);
                    default -> row[12] = "-1";
                }
            }
            out.add(row);
        }
        return out;
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static String date(int month, int day) {
        return "2023-" + two(month) + "-" + two(day);
    }

    static Path csv(Path file, List<String[]> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", COLUMNS));
            w.write('\n');
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        w.write(',');
                    }
                    String v = row[i];
                    w.write(v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
                }
                w.write('\n');
            }
        }
        return file;
    }

    static Path jsonLines(Path file, List<String[]> rows) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String[] row : rows) {
                var o = m.createObjectNode();
                for (int i = 0; i < row.length; i++) {
                    String key = switch (COLUMNS[i]) {
                        case "dossier_code" -> "MaHoSo";
                        case "procedure_code" -> "MaTTHC";
                        case "paid_online" -> "DuocThanhToanTrucTuyen";
                        default -> COLUMNS[i];
                    };
                    if (COLUMNS[i].equals("channel")) {
                        // the portal's codes: 1 in person, 2 online, 3 post (malformed text stays text)
                        String c = switch (row[i]) {
                            case "in_person" -> "1";
                            case "online" -> "2";
                            case "post" -> "3";
                            default -> row[i];
                        };
                        if (c.length() == 1) {
                            o.put("KenhThucHien", Integer.parseInt(c));
                        } else {
                            o.put("KenhThucHien", c);
                        }
                    } else if (!row[i].isEmpty() && row[i].chars().allMatch(Character::isDigit) && !COLUMNS[i].endsWith("_code")) {
                        o.put(key, Integer.parseInt(row[i]));
                    } else {
                        o.put(key, row[i]);
                    }
                }
                w.write(m.writeValueAsString(o));
                w.write('\n');
            }
        }
        return file;
    }
}

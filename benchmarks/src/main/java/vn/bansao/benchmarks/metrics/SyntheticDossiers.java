package vn.bansao.benchmarks.metrics;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a synthetic dossier CSV with every canonical column, deterministic from a seed: 300 units
 * (20 provincial, 40 district, 240 commune), 500 procedures, receipt dates through 2023, about 140 bytes a
 * row. Every row is well-formed, so DuckDB can read it with strict types.
 *
 * <pre>{@code
 * SyntheticDossiers.write(Path.of("/tmp/d.csv"), 10_000_000, 766L);
 * }</pre>
 */
public final class SyntheticDossiers {

    public static final String HEADER = "dossier_code,procedure_code,agency_code,unit_level,unit_group,received_on,due_on,"
            + "finished_on,channel,full_process_eligible,has_fee,paid_online,components_total,components_digitised,"
            + "result_required,result_electronic,copies_required,copies_certified_electronically,reused_data,"
            + "from_citizen_store,population_data,rating,complaints,complaints_on_time";

    public static final int UNITS = 300;
    private static final int PROCEDURES = 500;
    private static final int[] MONTH_DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private SyntheticDossiers() {
    }

    public static void write(Path file, long rows, long seed) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        byte[][] agencies = new byte[UNITS][];
        byte[][] levels = new byte[UNITS][];
        byte[][] groups = new byte[UNITS][];
        for (int u = 0; u < UNITS; u++) {
            agencies[u] = String.format("000.%02d.%02d.H56", u / 100, u % 100).getBytes(StandardCharsets.US_ASCII);
            levels[u] = (u < 20 ? "province" : u < 60 ? "district" : "commune").getBytes(StandardCharsets.US_ASCII);
            groups[u] = (u < 20 ? "department" : u < 60 ? (u % 2 == 0 ? "city_department" : "justice_division")
                    : "tier_" + (char) ('a' + u % 3)).getBytes(StandardCharsets.US_ASCII);
        }
        byte[][] procedures = new byte[PROCEDURES][];
        for (int p = 0; p < PROCEDURES; p++) {
            procedures[p] = String.format("%d.%06d", 1 + p % 2, 815 + p * 7).getBytes(StandardCharsets.US_ASCII);
        }
        byte[][] channels = {b("in_person"), b("online"), b("post")};
        byte[][] ratings = {b(""), b("satisfied"), b("unsatisfied")};
        byte[] line = new byte[512];
        int[] seq = new int[UNITS * 366];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write(HEADER.getBytes(StandardCharsets.US_ASCII));
            out.write('\n');
            for (long i = 0; i < rows; i++) {
                int unit = (int) Math.min(UNITS - 1, (long) (UNITS * Math.pow(r.nextDouble(), 1.6))); // uneven unit sizes
                int day = r.nextInt(365);
                int month = 0, dom = day;
                while (dom >= MONTH_DAYS[month]) {
                    dom -= MONTH_DAYS[month++];
                }
                int n = 0;
                n = put(line, n, agencies[unit]);
                line[n++] = '-';
                n = two(line, n, 23);
                n = two(line, n, month + 1);
                n = two(line, n, dom + 1);
                line[n++] = '-';
                int s = ++seq[unit * 366 + day];
                n = four(line, n, s % 10_000);
                line[n++] = ',';
                n = put(line, n, procedures[r.nextInt(PROCEDURES)]);
                line[n++] = ',';
                n = put(line, n, agencies[unit]);
                line[n++] = ',';
                n = put(line, n, levels[unit]);
                line[n++] = ',';
                n = put(line, n, groups[unit]);
                line[n++] = ',';
                n = date(line, n, month, dom);
                line[n++] = ',';
                int due = Math.min(364, day + r.nextInt(10));
                n = date(line, n, due);
                line[n++] = ',';
                if (r.nextInt(8) != 0) {
                    n = date(line, n, Math.min(364, day + r.nextInt(12)));
                }
                line[n++] = ',';
                int channel = r.nextInt(100) < 45 ? 1 : r.nextInt(10) == 0 ? 2 : 0;
                n = put(line, n, channels[channel]);
                boolean fee = r.nextInt(3) == 0;
                int comps = 1 + r.nextInt(6);
                int copies = r.nextInt(4);
                int complaints = r.nextInt(50) == 0 ? 1 + r.nextInt(2) : 0;
                n = digit(line, n, r.nextInt(2));
                n = digit(line, n, fee ? 1 : 0);
                n = digit(line, n, fee && channel == 1 ? r.nextInt(3) : 0);
                n = digit(line, n, comps);
                n = digit(line, n, r.nextInt(5) == 0 ? r.nextInt(comps + 1) : comps);
                n = digit(line, n, r.nextInt(5) == 0 ? 0 : 1);
                n = digit(line, n, r.nextInt(2));
                n = digit(line, n, copies);
                n = digit(line, n, copies == 0 ? 0 : r.nextInt(copies + 1));
                n = digit(line, n, r.nextInt(3) == 0 ? 1 : 0);
                n = digit(line, n, r.nextInt(4) == 0 ? 1 : 0);
                n = digit(line, n, r.nextInt(2));
                line[n++] = ',';
                n = put(line, n, ratings[r.nextInt(3)]);
                n = digit(line, n, complaints);
                n = digit(line, n, complaints == 0 ? 0 : r.nextInt(complaints + 1));
                line[n++] = '\n';
                out.write(line, 0, n);
            }
        }
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static int put(byte[] line, int n, byte[] v) {
        System.arraycopy(v, 0, line, n, v.length);
        return n + v.length;
    }

    private static int digit(byte[] line, int n, int v) {
        line[n++] = ',';
        line[n++] = (byte) ('0' + v);
        return n;
    }

    private static int two(byte[] line, int n, int v) {
        line[n++] = (byte) ('0' + v / 10);
        line[n++] = (byte) ('0' + v % 10);
        return n;
    }

    private static int four(byte[] line, int n, int v) {
        n = two(line, n, v / 100);
        return two(line, n, v % 100);
    }

    private static int date(byte[] line, int n, int dayOfYear) {
        int month = 0, dom = dayOfYear;
        while (dom >= MONTH_DAYS[month]) {
            dom -= MONTH_DAYS[month++];
        }
        return date(line, n, month, dom);
    }

    private static int date(byte[] line, int n, int month, int dom) {
        line[n++] = '2';
        line[n++] = '0';
        n = two(line, n, 23);
        line[n++] = '-';
        n = two(line, n, month + 1);
        line[n++] = '-';
        return two(line, n, dom + 1);
    }
}

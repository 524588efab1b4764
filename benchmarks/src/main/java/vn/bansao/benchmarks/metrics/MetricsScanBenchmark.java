package vn.bansao.benchmarks.metrics;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.bansao.metrics.Metrics;
import vn.bansao.metrics.MetricsReport;
import vn.bansao.metrics.Period;
import vn.bansao.metrics.ScopeResult;
import vn.bansao.metrics.definition.Measures;
import vn.bansao.metrics.sql.SqlPushdown;

/**
 * One pass over a synthetic dossier CSV (default 10 million rows), bansao's streaming engine against DuckDB
 * computing the same per-unit counts (every dossier measure, generated from the same definitions) from the same
 * file with 2 threads. Each engine runs in its own JVM so heap and resident-memory peaks are its own; the parent
 * checks the per-unit counts are identical and prints records/s and peaks.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar vn.bansao.benchmarks.metrics.MetricsScanBenchmark [rows] [runs]
 * }</pre>
 *
 * Not JMH: the unit of work is a single multi-second pass over a file, timed per run (first run included).
 */
public final class MetricsScanBenchmark {

    private MetricsScanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--engine")) {
            child(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
            return;
        }
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("bansao-metrics-bench");
        try {
            Path csv = dir.resolve("dossiers.csv");
            long t0 = System.nanoTime();
            SyntheticDossiers.write(csv, rows, 766L);
            System.out.printf("generated %,d rows, %,d bytes in %.1f s (seed 766)%n", rows, Files.size(csv),
                    (System.nanoTime() - t0) / 1e9);
            String bansao = fork("bansao", csv, runs, dir.resolve("bansao.tsv"));
            String duck = fork("duckdb", csv, runs, dir.resolve("duckdb.tsv"));
            String duck2 = fork("duckdb-2", csv, runs, dir.resolve("duckdb2.tsv"));
            System.out.println(bansao);
            System.out.println(duck);
            System.out.println(duck2 + "   (reference: only dossiers and online per unit)");
            List<String> a = Files.readAllLines(dir.resolve("bansao.tsv"));
            List<String> b = Files.readAllLines(dir.resolve("duckdb.tsv"));
            if (!a.equals(b)) {
                System.out.println("COUNTS DIFFER");
                System.exit(1);
            }
            System.out.printf("counts identical: %d units x %d measures%n", a.size(), Measures.ALL.size());
            int online = Measures.ALL.indexOf(Measures.ONLINE);
            List<String> two = a.stream().map(l -> {
                String[] f = l.split("\t");
                return f[0] + "\t" + f[1] + "\t" + f[1 + online];
            }).toList();
            if (!two.equals(Files.readAllLines(dir.resolve("duckdb2.tsv")))) {
                System.out.println("2-COLUMN COUNTS DIFFER");
                System.exit(1);
            }
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static String fork(String engine, Path csv, int runs, Path out) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                MetricsScanBenchmark.class.getName(), "--engine", engine, csv.toString(), Integer.toString(runs), out.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String result = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(engine + " failed: " + result);
        }
        return result;
    }

    private static void child(String engine, Path csv, int runs, Path out) throws Exception {
        long rows = 0;
        List<Double> seconds = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Map<String, long[]> counts = null;
        for (int i = 0; i < runs; i++) {
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            long c0 = os.getProcessCpuTime();
            if (engine.equals("bansao")) {
                MetricsReport r = Metrics.builder().dossiers(csv).period(Period.ALL).threads(2).compute();
                counts = new TreeMap<>();
                for (ScopeResult u : r.period(0).units()) {
                    counts.put(u.code(), Measures.ALL.stream().mapToLong(m -> u.measures().get(m.name())).toArray());
                }
                rows = r.input().rowsAccepted();
            } else if (engine.equals("duckdb-2")) {
                counts = duckdb(csv, "COUNT(*), SUM(CASE WHEN channel = 'online' THEN 1 ELSE 0 END)");
                rows = counts.values().stream().mapToLong(c -> c[0]).sum();
            } else {
                counts = duckdb(csv, null);
                rows = counts.values().stream().mapToLong(c -> c[0]).sum();
            }
            seconds.add((System.nanoTime() - t0) / 1e9);
            cpu.add((os.getProcessCpuTime() - c0) / 1e9);
        }
        long heapPeak = heapPeak();
        Files.write(out, counts.entrySet().stream()
                .map(e -> e.getKey() + "\t" + java.util.Arrays.stream(e.getValue()).mapToObj(Long::toString)
                        .collect(Collectors.joining("\t"))).toList());
        List<Double> sorted = seconds.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2);
        double cpuMin = cpu.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        System.out.printf("%-8s rows %,d  runs %s s  median %.2f s  %,.0f records/s  CPU %s s (best %.0f ns/record)"
                        + "  heap peak %,d MB  RSS peak %,d MB%n", engine,
                rows, seconds.stream().map(s -> String.format("%.2f", s)).collect(Collectors.joining(" ")), median, rows / median,
                cpu.stream().map(s -> String.format("%.1f", s)).collect(Collectors.joining(" ")), cpuMin * 1e9 / rows,
                heapPeak >> 20, rssPeakKb() >> 10);
    }

    /** Same measures, same definitions, rendered for DuckDB over the CSV with explicit column types. */
    private static Map<String, long[]> duckdb(Path csv, String simple) throws SQLException {
        StringBuilder columns = new StringBuilder("{");
        for (String c : SyntheticDossiers.HEADER.split(",")) {
            String type = c.endsWith("_on") ? "DATE"
                    : List.of("dossier_code", "procedure_code", "agency_code", "unit_level", "unit_group", "channel", "rating")
                    .contains(c) ? "VARCHAR" : "INTEGER";
            columns.append(columns.length() > 1 ? ", " : "").append('\'').append(c).append("': '").append(type).append('\'');
        }
        columns.append('}');
        String from = "read_csv('" + csv.toString().replace("'", "''") + "', header = true, delim = ',', quote = '\"', "
                + "columns = " + columns + ")";
        String sql = simple == null ? SqlPushdown.measuresSql(from, Period.ALL, SqlPushdown.Dialect.DUCKDB)
                : "SELECT agency_code, " + simple + " FROM " + from + " GROUP BY agency_code";
        int width = simple == null ? Measures.ALL.size() : 2;
        Map<String, long[]> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("SET threads = 2");
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    long[] v = new long[width];
                    for (int k = 0; k < v.length; k++) {
                        v[k] = rs.getLong(k + 2);
                    }
                    out.put(rs.getString(1), v);
                }
            }
        }
        return out;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    private static long heapPeak() {
        long total = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                total += p.getPeakUsage().getUsed();
            }
        }
        return total;
    }

    /** VmHWM of this process (Linux), in kB; 0 elsewhere. */
    private static long rssPeakKb() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}

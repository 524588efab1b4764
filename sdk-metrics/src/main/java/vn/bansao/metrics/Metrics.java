package vn.bansao.metrics;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.bansao.metrics.input.Catalogues;
import vn.bansao.metrics.input.CertificationRecord;
import vn.bansao.metrics.input.ProcedureInfo;
import vn.bansao.metrics.input.UnitInfo;
import vn.bansao.metrics.internal.Accumulator;
import vn.bansao.metrics.internal.CsvScanner;
import vn.bansao.metrics.internal.Dictionary;
import vn.bansao.metrics.internal.DossierTotals;
import vn.bansao.metrics.internal.JdbcReader;
import vn.bansao.metrics.internal.JsonLinesReader;
import vn.bansao.metrics.internal.Problems;
import vn.bansao.metrics.internal.RecordRows;
import vn.bansao.metrics.internal.ReportBuilder;
import vn.bansao.metrics.internal.RowParser;
import vn.bansao.metrics.readiness.ReadinessReview;
import vn.bansao.metrics.readiness.UnitReadiness;
import vn.bansao.metrics.sql.SqlPushdown;
import vn.bansao.metrics.target.Plan;

/**
 * Computes the Decision 766 service index, the provinces' e-copy indicators and attainment of their plans
 * from dossier records, in one streaming pass (constant memory in the number of rows).
 *
 * <pre>{@code
 * MetricsReport r = Metrics.compute(Path.of("dossiers.csv"));              // whole file, defaults
 *
 * MetricsReport r = Metrics.builder()
 *         .dossiers(Path.of("dossiers.csv"))                               // .csv, .jsonl/.ndjson
 *         .units(Path.of("units.csv"))
 *         .certifications(Path.of("certifications.csv"))
 *         .plan(PlanLoader.sample("my-tho-2022.yaml"))
 *         .periods(Period.parseList("2022-Q4,2023-Q1"))
 *         .compute();
 * }</pre>
 *
 * For PostgreSQL-scale data, {@link Builder#pushdown(Connection, String)} runs the same definitions as SQL.
 */
public final class Metrics {

    /** Most distinct units (Vietnam has about 11,000 communes and wards). */
    public static final int MAX_UNITS = 200_000;
    /** Most units × periods held in memory at once (about 200 MB of counts per scanning thread). */
    public static final int MAX_UNIT_PERIODS = 1_000_000;
    /** Most distinct procedure codes. */
    public static final int MAX_PROCEDURES = 1 << 20;

    private Metrics() {
    }

    /** The whole dossier file with default settings. */
    public static MetricsReport compute(Path dossiers) {
        return builder().dossiers(dossiers).compute();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options of one computation; each setter returns the builder. */
    public static final class Builder {
        private Path dossiers;
        private Connection jdbc;
        private String query;
        private boolean pushdown;
        private Path units;
        private Path procedures;
        private Path certificationsFile;
        private List<CertificationRecord> certifications = List.of();
        private List<UnitInfo> unitList = List.of();
        private Plan plan;
        private List<Period> periods = List.of(Period.ALL);
        private RowPolicy policy = RowPolicy.SKIP;
        private Scoring scoring = Scoring.defaults();
        private int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        private Path readiness;
        private int expiryWarningDays = 30;
        private Instant now;

        private Builder() {
        }

        /** A CSV (RFC 4180) or JSON Lines file ({@code .jsonl}, {@code .ndjson}) of dossier records. */
        public Builder dossiers(Path file) {
            this.dossiers = Objects.requireNonNull(file);
            return this;
        }

        /** Dossier records from a query whose columns carry the canonical (or portal) names, read row by row. */
        public Builder jdbc(Connection connection, String query) {
            this.jdbc = Objects.requireNonNull(connection);
            this.query = Objects.requireNonNull(query);
            this.pushdown = false;
            return this;
        }

        /**
         * Aggregation pushed down to the database: {@code table} (a table or view with the canonical columns and
         * types, see {@link SqlPushdown#CREATE_TABLE}) is grouped by unit in SQL; only per-unit totals come back.
         */
        public Builder pushdown(Connection connection, String table) {
            this.jdbc = Objects.requireNonNull(connection);
            this.query = Objects.requireNonNull(table);
            this.pushdown = true;
            return this;
        }

        public Builder units(Path file) {
            this.units = file;
            return this;
        }

        public Builder units(List<UnitInfo> list) {
            this.unitList = List.copyOf(list);
            return this;
        }

        /** The procedure catalogue (online level, fee): summarised in the report (Cao Bằng's review). */
        public Builder procedures(Path file) {
            this.procedures = file;
            return this;
        }

        public Builder certifications(Path file) {
            this.certificationsFile = file;
            return this;
        }

        public Builder certifications(List<CertificationRecord> records) {
            this.certifications = List.copyOf(records);
            return this;
        }

        public Builder plan(Plan plan) {
            this.plan = plan;
            return this;
        }

        public Builder periods(List<Period> periods) {
            if (periods.isEmpty() || periods.size() > 120) {
                throw new IllegalArgumentException("1..120 periods");
            }
            this.periods = List.copyOf(periods);
            return this;
        }

        public Builder period(Period period) {
            return periods(List.of(period));
        }

        public Builder rowPolicy(RowPolicy policy) {
            this.policy = Objects.requireNonNull(policy);
            return this;
        }

        public Builder threshold(Indicator indicator, int percent) {
            this.scoring = scoring.withThreshold(indicator, percent);
            return this;
        }

        public Builder zeroDenominator(Indicator indicator, ZeroDenominatorRule rule) {
            this.scoring = scoring.withZeroDenominator(indicator, rule);
            return this;
        }

        /** Threads scanning a CSV file (default: up to 2). */
        public Builder threads(int threads) {
            if (threads < 1 || threads > 64) {
                throw new IllegalArgumentException("threads 1..64");
            }
            this.threads = threads;
            return this;
        }

        /** A readiness checklist file (see {@link ReadinessReview}); certificates expiring within {@code days} are flagged. */
        public Builder readiness(Path file, int days) {
            this.readiness = file;
            this.expiryWarningDays = days;
            return this;
        }

        /** The clock for the certificate review (default: now). */
        public Builder now(Instant now) {
            this.now = now;
            return this;
        }

        public MetricsReport compute() {
            if (dossiers == null && jdbc == null) {
                throw new IllegalStateException("dossiers(...) or jdbc(...) is required");
            }
            Problems problems = new Problems();
            List<UnitInfo> catalogue = new ArrayList<>(unitList);
            if (units != null) {
                catalogue.addAll(Catalogues.units(units, policy, problems::add));
            }
            List<CertificationRecord> certs = new ArrayList<>(certifications);
            if (certificationsFile != null) {
                certs.addAll(Catalogues.certifications(certificationsFile, policy, problems::add));
            }
            List<ProcedureInfo> procs = procedures == null ? List.of() : Catalogues.procedures(procedures, policy, problems::add);

            DossierTotals totals;
            long accepted;
            String source;
            if (pushdown) {
                SqlPushdown.Result r = SqlPushdown.totals(jdbc, query, periods);
                totals = r.totals();
                accepted = r.rows();
                source = "sql:" + query;
            } else {
                // per-unit arrays cost units × periods × measures longs per thread: bound them
                Dictionary unitDict = new Dictionary(Math.min(MAX_UNITS, MAX_UNIT_PERIODS / periods.size()), "agency_code");
                Dictionary procDict = new Dictionary(MAX_PROCEDURES, "procedure_code");
                Dictionary groupDict = new Dictionary(MAX_UNITS, "unit_group");
                Accumulator acc;
                if (dossiers != null && !isJsonLines(dossiers)) {
                    CsvScanner.Result r = new CsvScanner(dossiers, policy, () -> new Accumulator(periods, groupDict),
                            () -> new RowParser(unitDict, procDict, groupDict)).scan(threads);
                    acc = r.totals();
                    problems.addAll(r.problems(), 0);
                    source = dossiers.getFileName().toString();
                } else {
                    acc = new Accumulator(periods, groupDict);
                    RecordRows rows = new RecordRows(new RowParser(unitDict, procDict, groupDict));
                    if (dossiers != null) {
                        JsonLinesReader.read(dossiers, policy, rows, acc, problems);
                        source = dossiers.getFileName().toString();
                    } else {
                        JdbcReader.read(jdbc, query, policy, rows, acc, problems);
                        source = "jdbc";
                    }
                }
                accepted = acc.rows;
                totals = totals(acc, unitDict, groupDict);
            }
            List<UnitReadiness> ready = readiness == null ? List.of()
                    : ReadinessReview.load(readiness, expiryWarningDays, now == null ? Instant.now() : now);
            long unitsKnown = java.util.stream.Stream.concat(
                    java.util.stream.Stream.concat(totals.units().stream(), catalogue.stream().map(UnitInfo::code)),
                    certs.stream().map(CertificationRecord::agencyCode)).distinct().count();
            InputSummary input = new InputSummary(source, accepted, problems.count, List.copyOf(problems.kept), (int) unitsKnown,
                    certs.size(), count(procs, ProcedureInfo.OnlineLevel.FULL), count(procs, ProcedureInfo.OnlineLevel.PARTIAL),
                    count(procs, ProcedureInfo.OnlineLevel.NONE));
            return ReportBuilder.build(periods, totals, catalogue, certs, Optional.ofNullable(plan), scoring, input, ready);
        }

        private static int count(List<ProcedureInfo> procs, ProcedureInfo.OnlineLevel level) {
            return (int) procs.stream().filter(p -> p.online() == level).count();
        }

        private static boolean isJsonLines(Path p) {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json");
        }

        private static DossierTotals totals(Accumulator acc, Dictionary units, Dictionary groups) {
            int n = units.size();
            long[][] all = acc.finish(n);
            List<String> codes = new ArrayList<>(n);
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (acc.seen(i)) {
                    kept.add(i);
                    codes.add(units.value(i));
                }
            }
            int[] levels = new int[kept.size()];
            String[] groupNames = new String[kept.size()];
            long[][] counts = new long[all.length][kept.size() * Accumulator.M];
            for (int k = 0; k < kept.size(); k++) {
                int i = kept.get(k);
                levels[k] = acc.unitLevel(i);
                int g = acc.unitGroup(i);
                groupNames[k] = g < 0 ? null : groups.value(g);
                for (int p = 0; p < all.length; p++) {
                    System.arraycopy(all[p], i * Accumulator.M, counts[p], k * Accumulator.M, Accumulator.M);
                }
            }
            return new DossierTotals(codes, levels, groupNames, counts);
        }
    }
}

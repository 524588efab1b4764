/**
 * bansao metrics: the Decision 766 service index, the provinces' e-copy and digitisation indicators, and
 * attainment of their plans, from dossier records.
 *
 * <pre>{@code
 * MetricsReport r = Metrics.builder().dossiers(Path.of("dossiers.csv")).plan(PlanLoader.sample("my-tho-2022.yaml"))
 *         .periods(Period.parseList("2022-Q4,2023-Q1")).compute();
 * }</pre>
 *
 * Package map: {@code definition} (the measures, defined once), {@code internal} (where bytes become counts and
 * counts become indicators), {@code sql} (the same measures pushed down), {@code target} (plans),
 * {@code readiness} (pre-launch checklist), {@code output} (JSON, CSV, text, charts).
 */
package vn.bansao.metrics;

package vn.bansao.metrics.output;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import vn.bansao.metrics.Attainment;
import vn.bansao.metrics.Indicator;
import vn.bansao.metrics.IndicatorValue;
import vn.bansao.metrics.MetricsReport;
import vn.bansao.metrics.PeriodResult;
import vn.bansao.metrics.Ratio;
import vn.bansao.metrics.ScopeResult;
import vn.bansao.metrics.internal.ReportText;

/**
 * Charts with XChart, headless: attainment by unit against target (bars: achieved and target) and the
 * trend of an indicator across periods (lines: province-wide and each level). PNG through XChart's
 * bitmap encoder, SVG through VectorGraphics2D (no PDF library involved). No XChart type appears in this
 * class's public signatures, so XChart can be replaced without breaking callers.
 *
 * <pre>{@code
 * MetricsCharts.attainment(report, 0, Indicator.ONLINE_DOSSIERS, true, Format.PNG, out);
 * MetricsCharts.trend(report, Indicator.DIGITISATION, true, Format.SVG, out);
 * MetricsCharts.attainment(report, Indicator.ONLINE_DOSSIERS, Path.of("dat-chi-tieu.png"));  // last period, Vietnamese
 * MetricsCharts.trend(report, Indicator.ONLINE_DOSSIERS, Path.of("xu-huong.svg"));
 * }</pre>
 */
public final class MetricsCharts {

    /** Image format. */
    public enum Format { PNG, SVG }

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 560;

    private MetricsCharts() {
    }

    /** Attainment in the last period, Vietnamese labels, PNG or SVG by the file's extension. */
    public static void attainment(MetricsReport r, Indicator indicator, java.nio.file.Path file) {
        toFile(file, out -> attainment(r, r.periods().size() - 1, indicator, true, formatOf(file), out));
    }

    /** Trend over the report's periods, Vietnamese labels, PNG or SVG by the file's extension. */
    public static void trend(MetricsReport r, Indicator indicator, java.nio.file.Path file) {
        toFile(file, out -> trend(r, indicator, true, formatOf(file), out));
    }

    private static Format formatOf(java.nio.file.Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".svg")) {
            return Format.SVG;
        }
        if (n.endsWith(".png")) {
            return Format.PNG;
        }
        throw new IllegalArgumentException("chart file must end in .png or .svg: " + file);
    }

    private static void toFile(java.nio.file.Path file, java.util.function.Consumer<OutputStream> draw) {
        try (OutputStream out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file))) {
            draw.accept(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bars per unit: the indicator's value and, where the plan sets one, the unit's target. */
    public static void attainment(MetricsReport r, int period, Indicator indicator, boolean vi, Format format, OutputStream out) {
        write(attainmentChart(r, period, indicator, vi), format, out);
    }

    /** Lines per scope (province-wide and each level) over the report's periods. */
    public static void trend(MetricsReport r, Indicator indicator, boolean vi, Format format, OutputStream out) {
        write(trendChart(r, indicator, vi), format, out);
    }

    private static CategoryChart attainmentChart(MetricsReport r, int period, Indicator indicator, boolean vi) {
        PeriodResult p = r.period(period);
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        for (ScopeResult u : p.units()) {
            Optional<Ratio> rate = u.indicator(indicator).flatMap(IndicatorValue::rate);
            if (rate.isEmpty()) {
                continue;
            }
            names.add(u.name());
            values.add(rate.get().percent().toDecimal(2).doubleValue());
            targets.add(u.attainment(indicator).map(Attainment::targetPercent).map(java.math.BigDecimal::doubleValue).orElse(0.0));
        }
        if (names.isEmpty()) {
            names.add(ReportText.CHART_NO_DATA.in(vi));
            values.add(0.0);
            targets.add(0.0);
        }
        CategoryChart c = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title(indicator.label(vi) + " — " + p.period().label())
                .xAxisTitle(ReportText.CHART_UNIT.in(vi)).yAxisTitle("%").build();
        style(c);
        c.getStyler().setXAxisLabelRotation(names.size() > 6 ? 45 : 0);
        c.addSeries(ReportText.CHART_ACHIEVED.in(vi), names, values);
        if (targets.stream().anyMatch(t -> t > 0)) {
            c.addSeries(ReportText.CHART_TARGET.in(vi), names, targets);
        }
        return c;
    }

    private static CategoryChart trendChart(MetricsReport r, Indicator indicator, boolean vi) {
        List<String> periods = r.periods().stream().map(p -> p.period().label()).toList();
        CategoryChart c = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title(ReportText.CHART_TREND.in(vi, indicator.label(vi)))
                .xAxisTitle(ReportText.CHART_PERIOD.in(vi)).yAxisTitle("%").build();
        style(c);
        c.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        c.getStyler().setOverlapped(true); // every series' point sits on its period
        c.addSeries(ReportText.PROVINCE_WIDE.in(vi), periods, series(r, indicator, p -> Optional.of(p.province())));
        for (vn.bansao.metrics.UnitLevel l : vn.bansao.metrics.UnitLevel.values()) {
            if (r.periods().stream().anyMatch(p -> p.level(l).isPresent())) {
                c.addSeries(l.label(vi), periods, series(r, indicator, p -> p.level(l)));
            }
        }
        return c;
    }

    private static List<Double> series(MetricsReport r, Indicator ind, java.util.function.Function<PeriodResult, Optional<ScopeResult>> scope) {
        List<Double> out = new ArrayList<>();
        for (PeriodResult p : r.periods()) {
            out.add(scope.apply(p).flatMap(s -> s.indicator(ind)).flatMap(IndicatorValue::rate)
                    .map(x -> x.percent().toDecimal(2).doubleValue()).orElse(0.0));
        }
        return out;
    }

    private static void style(CategoryChart c) {
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(100.0);
        c.getStyler().setLocale(Locale.ROOT);
    }

    // XChart's types stay private: the public API speaks in reports, indicators, formats and streams.
    private static void write(Chart<?, ?> chart, Format format, OutputStream out) {
        try {
            if (format == Format.PNG) {
                out.write(BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
            } else {
                VectorGraphics2D g = new VectorGraphics2D();
                chart.paint(g, chart.getWidth(), chart.getHeight());
                Document doc = new SVGProcessor().getDocument(g.getCommands(),
                        new PageSize(0.0, 0.0, chart.getWidth(), chart.getHeight()));
                doc.writeTo(out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.bansao.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The sample plans and data shipped with the module (classpath {@code vn/bansao/metrics/samples/}):
 * plans for Mỹ Tho, Đắk Lắk, Bình Dương and the national targets, and a synthetic Mỹ Tho dataset
 * (dossiers 2022-Q4..2023-Q4, units, procedures, certifications).
 *
 * <pre>{@code
 * Path dir = Samples.extract(Files.createTempDirectory("metrics"));
 * MetricsReport r = Metrics.builder()
 *         .dossiers(dir.resolve(Samples.DOSSIERS)).units(dir.resolve(Samples.UNITS))
 *         .certifications(dir.resolve(Samples.CERTIFICATIONS))
 *         .plan(PlanLoader.load(dir.resolve(Samples.MY_THO_PLAN)))
 *         .periods(Period.parseList("2022-Q4,2023-Q1,2023-Q2,2023-Q3,2023-Q4")).compute();
 * }</pre>
 */
public final class Samples {

    public static final String DOSSIERS = "my-tho-dossiers.csv";
    public static final String UNITS = "my-tho-units.csv";
    public static final String CERTIFICATIONS = "my-tho-certifications.csv";
    public static final String PROCEDURES = "procedures.csv";
    public static final String MY_THO_PLAN = "my-tho-2022.yaml";
    public static final String DAK_LAK_PLAN = "dak-lak-2023.yaml";
    public static final String BINH_DUONG_PLAN = "binh-duong.yaml";
    public static final String NATIONAL_PLAN = "national.yaml";
    /** A readiness checklist; its certificate files are not shipped (put them beside it). */
    public static final String BINH_DUONG_READINESS = "binh-duong-readiness.yaml";

    private static final List<String> ALL = List.of(DOSSIERS, UNITS, CERTIFICATIONS, PROCEDURES, MY_THO_PLAN, DAK_LAK_PLAN,
            BINH_DUONG_PLAN, NATIONAL_PLAN, BINH_DUONG_READINESS);

    private Samples() {
    }

    /** Copies every sample file into {@code dir} (created if needed) and returns it. */
    public static Path extract(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String name : ALL) {
                try (InputStream in = Samples.class.getResourceAsStream("/vn/bansao/metrics/samples/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("sample missing from the jar: " + name);
                    }
                    Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

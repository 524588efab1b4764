package vn.bansao.testkit.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** {@code qpdf --check}: structure, cross-reference table and streams. */
public final class Qpdf {

    private Qpdf() {
    }

    /** Exit code 0 = no errors or warnings; 2 = errors; 3 = warnings (e.g. a repaired xref). */
    public static ExternalTool.Result check(Path pdf) {
        return ExternalTool.run(List.of("qpdf", "--check", pdf.toString()), Map.of(), Duration.ofSeconds(60));
    }
}

package vn.bansao.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.core.manifest.ManifestPage;
import vn.bansao.core.read.CertifiedCopyContents;
import vn.bansao.core.read.CertifiedCopyReader;

/**
 * Walks every file of the four scan corpora: each is built alone (and must then pass veraPDF and the
 * reader's pass-through check) or refused with a typed reason. The outcomes are compared with
 * {@code src/test/resources/corpus-outcomes.tsv}; run with {@code -Dbansao.updateOutcomes=true} to rewrite it.
 */
class CorpusTest {

    static final List<String> CORPORA = List.of("img2pdf-inputs", "ocrmypdf-scans", "pillow-image-edgecases",
            "pngsuite-basic");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void everyCorpusFileIsBuiltAndPdfAOrRefusedWithAReason() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String c : CORPORA) {
            try (Stream<Path> s = Files.walk(Shared.corpus(c))) {
                s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("SOURCE.md"))
                        .forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(100);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Map<String, Future<String[]>> futures = new TreeMap<>();
        for (Path f : files) {
            String key = Shared.dir().resolve("corpora").relativize(f).toString();
            futures.put(key, pool.submit(() -> outcome(f)));
        }
        Map<String, String[]> actual = new TreeMap<>();
        for (Map.Entry<String, Future<String[]>> e : futures.entrySet()) {
            actual.put(e.getKey(), e.getValue().get());
        }
        pool.shutdown();

        StringBuilder tsv = new StringBuilder("# file\toutcome\tdetail (regenerate: -Dbansao.updateOutcomes=true)\n");
        actual.forEach((k, v) -> tsv.append(k).append('\t').append(v[0]).append('\t').append(v[1]).append('\n'));
        Path expectedFile = Path.of("src/test/resources/corpus-outcomes.tsv");
        if (Boolean.getBoolean("bansao.updateOutcomes") || !Files.exists(expectedFile)) {
            Files.writeString(expectedFile, tsv.toString(), StandardCharsets.UTF_8);
        }
        // nothing built may fail veraPDF or the pass-through check, whatever the table says
        assertThat(actual.entrySet().stream().filter(e -> e.getValue()[0].startsWith("INVALID"))
                .map(e -> e.getKey() + " " + e.getValue()[1]).toList()).isEmpty();
        Map<String, String> expected = new TreeMap<>();
        for (String line : Files.readAllLines(expectedFile, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] parts = line.split("\t");
                expected.put(parts[0], parts[1]);
            }
        }
        Map<String, String> actualOutcomes = new TreeMap<>();
        actual.forEach((k, v) -> actualOutcomes.put(k, v[0]));
        assertThat(actualOutcomes).isEqualTo(expected);
    }

    /** {outcome, detail}: BUILT:encodings, REFUSED:reason, or INVALID (a defect). */
    static String[] outcome(Path file) {
        try {
            byte[] pdf = CertifiedCopy.builder().scan(file).facts(TestScans.facts(CertificationKind.FROM_ORIGINAL))
                    .clock(CLOCK).build().toBytes();
            CertifiedCopyContents c = CertifiedCopyReader.read(pdf);
            String encodings = c.manifest().pages().stream().map(ManifestPage::encoding).map(Enum::name)
                    .distinct().collect(Collectors.joining("+"));
            String detail = c.manifest().pages().size() + " page(s)" + c.manifest().pages().stream()
                    .filter(ManifestPage::dpiDefaulted).findAny().map(p -> ", dpi defaulted").orElse("");
            String vera = VeraPdf.failuresAsDeclared(pdf, c.pdfaPart(), c.pdfaConformance());
            if (!c.pdfaConformance().equals("U")) {
                detail += ", PDF/A-3" + c.pdfaConformance().toLowerCase() + " (text not mappable to Unicode)";
            }
            if (!vera.isEmpty()) {
                return new String[] {"INVALID", "veraPDF: " + vera};
            }
            if (!c.passThroughMismatches().isEmpty()) {
                return new String[] {"INVALID", "pass-through mismatch on pages " + c.passThroughMismatches()};
            }
            return new String[] {"BUILT:" + encodings, detail};
        } catch (ScanRejectedException e) {
            return new String[] {"REFUSED:" + e.reason(), e.getMessage().replace('\t', ' ').replace('\n', ' ')};
        } catch (Exception | Error e) {
            return new String[] {"INVALID", "untyped " + e.getClass().getName() + ": " + e.getMessage()};
        }
    }

}

package vn.bansao.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every file of the three hostile corpora against {@code corpus-verdicts.tsv}: the expected outcome taken
 * from each corpus's SOURCE.md (INVALID = must be rejected or flagged; NOT_INVALID = a valid file that may
 * at most be INDETERMINATE for lack of trust or revocation data; INDETERMINATE; ANY = only termination is
 * asserted) and the actual verdict and first reason recorded from this verifier. The test fails when an
 * actual outcome contradicts the expectation or drifts from the recorded one.
 * Run with {@code -Dbansao.regenerate=true} to rewrite the actual columns (into target/) after a reviewed change.
 */
class CorpusVerdictsTest {

    static final String[] CORPORA = {"dss-pades-validation", "itext-pdfinsecurity", "pyhanko-signed-pdfs"};
    /** Fixed validation time: expiry of the corpora's test certificates must not change the table. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);

    record Row(String corpus, String file, String expected, String actual, String reason, String note) {
    }

    static Map<String, VerificationReport> results;

    @BeforeAll
    static void verifyAll() throws IOException {
        CopyVerifier v = CopyVerifier.builder().trustAnchors(SharedCorpora.corpusAnchors()).clock(CLOCK)
                .timeout(Duration.ofSeconds(20)).build();
        results = new LinkedHashMap<>();
        for (String c : CORPORA) {
            try (Stream<Path> files = Files.list(SharedCorpora.corpus(c))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                    results.put(c + "/" + f.getFileName(), v.verify(f));
                }
            }
        }
    }

    static List<Row> table() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (var in = CorpusVerdictsTest.class.getResourceAsStream("/corpus-verdicts.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                rows.add(new Row(c[0], c[1], c[2], c[3], c[4], c[5]));
            }
        }
        return rows;
    }

    static String firstReason(VerificationReport r) {
        return r.reasons().isEmpty() ? "-" : r.reasons().get(0).code();
    }

    @Test
    void tableCoversEveryCorpusFile() throws IOException {
        TreeSet<String> inTable = new TreeSet<>();
        for (Row r : table()) {
            inTable.add(r.corpus() + "/" + r.file());
        }
        assertThat(inTable).containsExactlyInAnyOrderElementsOf(results.keySet());
    }

    @Test
    void everyOutcomeMatchesItsExpectationAndTheRecordedVerdict() throws IOException {
        List<String> problems = new ArrayList<>();
        StringBuilder regenerated = new StringBuilder(
                "# corpus\tfile\texpected (from SOURCE.md)\tactual verdict\tfirst reason\tnote\n");
        for (Row row : table()) {
            VerificationReport r = results.get(row.corpus() + "/" + row.file());
            String actual = r.verdict().name();
            boolean ok = switch (row.expected()) {
                case "INVALID" -> r.verdict() == Verdict.INVALID;
                case "NOT_INVALID" -> r.verdict() != Verdict.INVALID;
                case "INDETERMINATE" -> r.verdict() == Verdict.INDETERMINATE;
                case "VALID" -> r.verdict() == Verdict.VALID;
                case "ANY" -> r.reasons().stream().noneMatch(f -> f.code().equals("TIMEOUT"));
                default -> false;
            };
            if (!ok) {
                problems.add(row.file() + ": expected " + row.expected() + " but got " + actual + " " + r.reasons());
            }
            if (!actual.equals(row.actual()) || !firstReason(r).equals(row.reason())) {
                problems.add(row.file() + ": recorded " + row.actual() + "/" + row.reason() + " but got " + actual
                        + "/" + firstReason(r));
            }
            regenerated.append(String.join("\t", row.corpus(), row.file(), row.expected(), actual, firstReason(r),
                    row.note())).append('\n');
        }
        if (Boolean.getBoolean("bansao.regenerate")) {
            Files.writeString(Path.of("target/corpus-verdicts.tsv"), regenerated);
            return;
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void neverAnUnhandledFailure() {
        for (Map.Entry<String, VerificationReport> e : results.entrySet()) {
            assertThat(e.getValue().reasons()).as(e.getKey())
                    .noneMatch(f -> f.code().equals("VERIFICATION_ERROR") || f.code().equals("TIMEOUT"));
        }
    }
}

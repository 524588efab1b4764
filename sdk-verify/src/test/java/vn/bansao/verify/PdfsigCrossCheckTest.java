package vn.bansao.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Independent cross-check with poppler's {@code pdfsig}: on every corpus file, our integrity verdict
 * (not INVALID) against pdfsig's (at least one signature, every signature "Signature is Valid." and the
 * document totally signed). Every disagreement must be explained in {@code pdfsig-disagreements.tsv};
 * an unexplained new one fails the test.
 */
class PdfsigCrossCheckTest {

    @Test
    void everyDisagreementWithPdfsigIsExplained() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdfsig")), "poppler-utils pdfsig not installed");
        Map<String, String> explained = new HashMap<>();
        try (var in = getClass().getResourceAsStream("/pdfsig-disagreements.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] c = line.split("\t", -1);
                    explained.put(c[0] + "|" + c[1] + "|" + c[2], c[3]);
                }
            }
        }
        CopyVerifier v = CopyVerifier.builder().trustAnchors(SharedCorpora.corpusAnchors())
                .clock(CorpusVerdictsTest.CLOCK).timeout(Duration.ofSeconds(20)).build();
        List<String> unexplained = new ArrayList<>();
        List<String> table = new ArrayList<>();
        int compared = 0;
        for (String c : CorpusVerdictsTest.CORPORA) {
            try (Stream<Path> files = Files.list(SharedCorpora.corpus(c))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                    boolean ours = v.verify(f).verdict() != Verdict.INVALID;
                    boolean theirs = pdfsigIntact(f);
                    compared++;
                    if (ours != theirs) {
                        String key = c + "/" + f.getFileName() + "|" + (ours ? "intact" : "rejected") + "|"
                                + (theirs ? "intact" : "rejected");
                        table.add(key.replace('|', '\t'));
                        if (!explained.containsKey(key)) {
                            unexplained.add(key);
                        }
                    }
                }
            }
        }
        System.out.println("pdfsig cross-check: " + compared + " files, " + table.size() + " disagreements:\n"
                + String.join("\n", table));
        assertThat(compared).isGreaterThan(50);
        assertThat(unexplained).as("disagreements with pdfsig not explained in pdfsig-disagreements.tsv").isEmpty();
    }

    /** pdfsig without certificate checks: integrity and coverage only. */
    static boolean pdfsigIntact(Path f) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdfsig", "-nocert", f.toString()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return false;
        }
        String text = new String(out, StandardCharsets.UTF_8);
        int signatures = count(text, "\nSignature #");
        int valid = count(text, "Signature Validation: Signature is Valid.");
        return signatures > 0 && valid == signatures && text.contains("- Total document signed");
    }

    private static int count(String text, String token) {
        int n = 0;
        for (int i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + 1)) {
            n++;
        }
        return n;
    }
}

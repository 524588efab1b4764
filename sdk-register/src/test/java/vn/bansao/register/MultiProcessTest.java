package vn.bansao.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several processes on one H2 file (AUTO_SERVER), and a process killed with SIGKILL mid-append. */
class MultiProcessTest {

    @TempDir
    Path dir;

    private static Process worker(Path db, int threads, int appends, String label) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", AppendWorker.class.getName(), db.toString(),
                String.valueOf(threads), String.valueOf(appends), label)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static List<Long> readSequences(Process p, AtomicInteger counter) throws Exception {
        List<Long> seqs = Collections.synchronizedList(new ArrayList<>());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("seq ")) {
                    seqs.add(Long.parseLong(line.substring(4)));
                    counter.incrementAndGet();
                }
            }
        }
        return seqs;
    }

    private RegisterConfig config(Path db) {
        return RegisterConfig.builder(db.toString()).agencyCode(Drafts.AGENCY).build();
    }

    @Test
    void eightThreadsInEachOfTwoProcessesNumberWithoutGapsOrDuplicates() throws Exception {
        Path db = dir.resolve("shared");
        int threads = 8;
        int appends = 25;
        try (CertificationRegister watcher = CertificationRegister.open(config(db))) {
            assertThat(watcher.treeSize()).isZero(); // created and migrated before the workers start
            Process a = worker(db, threads, appends, "A");
            Process b = worker(db, threads, appends, "B");
            List<Long> all = new ArrayList<>();
            List<Long> fromA = Collections.synchronizedList(new ArrayList<>());
            Thread readerA = new Thread(() -> {
                try {
                    fromA.addAll(readSequences(a, new AtomicInteger()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread readerB = new Thread(() -> {
                try {
                    List<Long> s = readSequences(b, new AtomicInteger());
                    synchronized (all) {
                        all.addAll(s);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            readerA.start();
            readerB.start();
            // a third process (this one, which serves the file) verifies while the others append
            int verifications = 0;
            while (a.isAlive() || b.isAlive()) {
                LogVerification v = watcher.verify();
                assertThat(v.intact()).as(v.findings().toString()).isTrue();
                verifications++;
                Thread.sleep(50);
            }
            assertThat(verifications).isPositive();
            readerA.join(TimeUnit.MINUTES.toMillis(2));
            readerB.join(TimeUnit.MINUTES.toMillis(2));
            assertThat(a.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(b.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(a.exitValue()).isZero();
            assertThat(b.exitValue()).isZero();
            synchronized (all) {
                all.addAll(fromA);
            }
            Collections.sort(all);
            List<Long> expected = new ArrayList<>();
            for (long i = 1; i <= 2L * threads * appends; i++) {
                expected.add(i);
            }
            assertThat(all).isEqualTo(expected);
            LogVerification v = watcher.verify();
            assertThat(v.intact()).as(v.findings().toString()).isTrue();
            assertThat(v.treeSize()).isEqualTo(2L * threads * appends);
            assertThat(watcher.list(RegisterQuery.year(LocalDate.now(RegisterConfig.VIETNAM).getYear()))).extracting(e -> e.number().sequence()).isEqualTo(expected);
        }
    }

    @Test
    void aProcessKilledMidAppendLeavesAVerifiableLogAndNumberingContinues() throws Exception {
        Path db = dir.resolve("killed");
        try (CertificationRegister r = CertificationRegister.open(config(db))) {
            r.certify(Drafts.sample("before"));
        }
        Process p = worker(db, 4, 100_000, "K");
        AtomicInteger seen = new AtomicInteger();
        List<Long> reported = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try {
                reported.addAll(readSequences(p, seen));
            } catch (Exception ignored) {
                // the stream ends when the process dies
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (seen.get() < 40 && System.nanoTime() < deadline && p.isAlive()) {
            Thread.sleep(20);
        }
        assertThat(seen.get()).isGreaterThanOrEqualTo(40);
        p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no H2 close
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(137);
        reader.join(5000);

        try (CertificationRegister r = CertificationRegister.open(config(db))) {
            LogVerification v = r.verify();
            assertThat(v.intact()).as(v.findings().toString()).isTrue();
            long size = v.treeSize();
            assertThat(size).isGreaterThanOrEqualTo(41);
            List<Long> seqs = r.list(RegisterQuery.year(LocalDate.now(RegisterConfig.VIETNAM).getYear())).stream().map(e -> e.number().sequence()).toList();
            assertThat(seqs).hasSize((int) size);
            assertThat(seqs.get(seqs.size() - 1)).isEqualTo(size); // 1..size, no gap
            // every number the killed process reported as certified survived (the first row was ours)
            assertThat(seqs).containsAll(reported);
            RegisterEntry next = r.certify(Drafts.sample("after"));
            assertThat(next.number().sequence()).isEqualTo(size + 1);
            assertThat(r.verify().intact()).isTrue();
        }
    }
}

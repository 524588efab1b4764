package vn.bansao.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.core.read.CertifiedCopyContents;
import vn.bansao.core.read.CertifiedCopyReader;

/**
 * A 300-page batch of A4 300-dpi JPEG scans (about 300 MB of image data) builds and reads back in a forked
 * JVM limited to {@code -Xmx256m}: the document is temp-file backed, nothing holds all images in memory.
 */
class LargeBatchTest {

    @TempDir
    Path dir;

    @Test
    void threeHundredPagesBuildWithin256MegabytesOfHeap() throws Exception {
        List<Path> distinct = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            distinct.add(TestScans.write(dir, "scan" + i + ".jpg",
                    TestScans.jpeg(TestScans.page(2480, 3508, i), 0.75f)));
        }
        long total = 0;
        List<String> args = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Path p = distinct.get(i % 3);
            total += Files.size(p);
            args.add(p.toString());
        }
        assertThat(total).as("image bytes exceed the heap").isGreaterThan(256L << 20);
        Path out = dir.resolve("batch.pdf");
        Path list = dir.resolve("scans.txt");
        Files.write(list, args);
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(javaBin.toString(), "-Xmx256m", "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + dir, "-cp", cp, LargeBatchMain.class.getName(), list.toString(), out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        assertThat(p.waitFor(170, TimeUnit.SECONDS)).as("child finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();
        assertThat(Files.readString(dir.resolve("child.log"))).contains("pages=301");
        assertThat(Files.size(out)).isGreaterThan(total);
    }

    /** The child JVM: builds the batch and reads it back. */
    public static final class LargeBatchMain {
        public static void main(String[] a) throws Exception {
            List<Path> scans = Files.readAllLines(Path.of(a[0])).stream().map(Path::of).toList();
            Path out = Path.of(a[1]);
            CertifiedCopy.builder().scans(scans).facts(TestScans.facts(CertificationKind.FROM_ORIGINAL))
                    .clock(Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC)).build().writeTo(out);
            CertifiedCopyContents c = CertifiedCopyReader.read(out);
            if (!c.passThroughMismatches().isEmpty()) {
                throw new IllegalStateException("mismatch " + c.passThroughMismatches());
            }
            System.out.println("pages=" + c.pageCount() + " maxHeap=" + Runtime.getRuntime().maxMemory());
        }
    }
}

package vn.bansao.transparency.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file store: compare-and-set semantics, and no lost update when another <em>process</em> writes the same
 * directory at the same time (a second JVM is started).
 */
class DirectoryStateStoreTest {

    static final String ORIGIN = "bansao.vn/register/000.00.12.H29";
    static final int ROUNDS = 150;

    @TempDir
    Path dir;

    @Test
    void compareAndSetOnlyReplacesWhatWasExpected() throws Exception {
        WitnessStateStore s = WitnessStateStore.inDirectory(dir.resolve("new"));
        assertThat(s.read(ORIGIN)).isEmpty();
        assertThat(s.compareAndSet(ORIGIN, Optional.of(ORIGIN + "\nx\n"), ORIGIN + "\n1\n")).isFalse();
        assertThat(s.compareAndSet(ORIGIN, Optional.empty(), ORIGIN + "\n1\n")).isTrue();
        assertThat(s.compareAndSet(ORIGIN, Optional.empty(), ORIGIN + "\n2\n")).isFalse();
        assertThat(s.compareAndSet(ORIGIN, Optional.of(ORIGIN + "\n1\n"), ORIGIN + "\n2\n")).isTrue();
        assertThat(WitnessStateStore.inDirectory(dir.resolve("new")).read(ORIGIN)).contains(ORIGIN + "\n2\n");
        assertThatThrownBy(() -> s.compareAndSet(ORIGIN, Optional.empty(), "other\n1\n"))
                .isInstanceOf(IllegalArgumentException.class);
        // no temporary files left behind
        try (var files = Files.list(dir.resolve("new"))) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> !n.endsWith(".tmp"));
        }
    }

    @Test
    void twoProcessesIncrementingTogetherLoseNoUpdate() throws Exception {
        Path store = dir.resolve("shared");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path") + File.pathSeparator + System.getProperty("jdk.module.path", "");
        Process child = new ProcessBuilder(java, "-cp", cp, CasWorker.class.getName(), store.toString(),
                String.valueOf(ROUNDS)).redirectErrorStream(true).start();
        int mine = CasWorker.increment(WitnessStateStore.inDirectory(store), ROUNDS);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String childOut = new String(child.getInputStream().readAllBytes()).strip();
        assertThat(child.exitValue()).as(childOut).isZero();
        int theirs = Integer.parseInt(childOut.lines().reduce((a, b) -> b).orElseThrow());
        assertThat(mine).isEqualTo(ROUNDS);
        assertThat(theirs).isEqualTo(ROUNDS);
        // every successful compare-and-set of either process is in the final value
        assertThat(WitnessStateStore.inDirectory(store).read(ORIGIN)).contains(ORIGIN + "\n" + (2 * ROUNDS) + "\n");
    }

    /** Increments a counter note {@code rounds} times by read + compare-and-set, retrying when it lost a race. */
    public static final class CasWorker {

        public static void main(String[] args) throws Exception {
            System.out.println(increment(WitnessStateStore.inDirectory(Path.of(args[0])), Integer.parseInt(args[1])));
        }

        static int increment(WitnessStateStore store, int rounds) throws Exception {
            int done = 0;
            while (done < rounds) {
                Optional<String> current = store.read(ORIGIN);
                int n = current.map(s -> Integer.parseInt(s.split("\n")[1])).orElse(0);
                if (store.compareAndSet(ORIGIN, current, ORIGIN + "\n" + (n + 1) + "\n")) {
                    done++;
                }
            }
            return done;
        }
    }
}

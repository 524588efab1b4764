package vn.bansao.register.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.Drafts;
import vn.bansao.register.PoolSettings;
import vn.bansao.register.RegisterConfig;

/** The pool the register creates: bounded as configured, shared by many threads, closed with the register. */
class RegisterPoolTest {

    @TempDir
    Path dir;

    @Test
    void eightThreadsShareAPoolOfThreeAndThePoolClosesWithTheRegister() throws Exception {
        PoolSettings settings = PoolSettings.defaults().withMaximumSize(3).withConnectionTimeout(Duration.ofSeconds(20));
        RegisterConfig config = RegisterConfig.builder(dir.resolve("pooled").toString()).agencyCode(Drafts.AGENCY)
                .pool(settings).build();
        JdbcRegisterStore store = JdbcRegisterStore.open(config.jdbcUrl(), "sa", "", config.pool(), config.origin());
        HikariDataSource pool = store.ownedPool();
        assertThat(pool.getMaximumPoolSize()).isEqualTo(3);
        assertThat(pool.getMinimumIdle()).isEqualTo(1);
        assertThat(pool.getConnectionTimeout()).isEqualTo(20_000);

        AtomicInteger mostOpen = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (running.get()) {
                mostOpen.accumulateAndGet(pool.getHikariPoolMXBean().getTotalConnections(), Math::max);
                Thread.onSpinWait();
            }
        });
        List<Long> numbers = new ArrayList<>();
        try (CertificationRegister register = CertificationRegister.open(config, store)) {
            watcher.start();
            ExecutorService threads = Executors.newFixedThreadPool(8);
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int id = t;
                futures.add(threads.submit(() -> {
                    List<Long> got = new ArrayList<>();
                    for (int i = 0; i < 5; i++) {
                        got.add(register.certify(Drafts.sample("T" + id + "-" + i)).number().sequence());
                        register.find(register.today().getYear(), got.get(got.size() - 1)).orElseThrow();
                    }
                    return got;
                }));
            }
            for (Future<List<Long>> f : futures) {
                numbers.addAll(f.get());
            }
            threads.shutdown();
            running.set(false);
            watcher.join();
            assertThat(register.verify().intact()).isTrue();
        }
        assertThat(numbers).hasSize(40).doesNotHaveDuplicates().allMatch(n -> n >= 1 && n <= 40);
        assertThat(mostOpen.get()).isBetween(1, 3);
        assertThat(pool.isClosed()).as("the register closed the pool it created").isTrue();
    }

    @Test
    void poolSettingsRefuseSizesTheRegisterCannotOpenWith() {
        assertThatThrownBy(() -> PoolSettings.defaults().withMaximumSize(1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> PoolSettings.defaults().withMinimumIdle(11))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PoolSettings.defaults().withConnectionTimeout(Duration.ofMillis(10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RegisterConfig.builder("x").build().pool()).isEqualTo(PoolSettings.defaults());
    }
}

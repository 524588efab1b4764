package vn.bansao.benchmarks.register;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.EntryDraft;
import vn.bansao.register.RegisterConfig;

/** Starts a register on a fresh H2 file or a fresh embedded PostgreSQL, and cleans up after. */
final class Backends implements AutoCloseable {

    static final String AGENCY = "000.00.00.H56";

    private final Path dir;
    private final EmbeddedPostgres pg;
    final RegisterConfig config;

    Backends(String backend) throws IOException {
        dir = Files.createTempDirectory("bansao-register-bench");
        if (backend.equals("postgresql")) {
            pg = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg")).start();
            config = RegisterConfig.builder(pg.getJdbcUrl("postgres", "postgres")).credentials("postgres", "")
                    .agencyCode(AGENCY).build();
        } else {
            pg = null;
            config = RegisterConfig.builder(dir.resolve("register").toString()).agencyCode(AGENCY).build();
        }
    }

    CertificationRegister open() {
        return CertificationRegister.open(config);
    }

    static EntryDraft draft(long i) {
        return EntryDraft.builder().agencyCode(AGENCY).date(LocalDate.of(2026, 11, 22))
                .requester("Nguyễn Văn An " + i, "CCCD:001200012345")
                .document("Bằng tốt nghiệp đại học", "Trường Đại học Bách khoa Hà Nội", "QH-" + i, LocalDate.of(2020, 6, 30))
                .pages(3).copies(2).certifier("Trần Thị Bình", "Phó Chủ tịch UBND phường").build();
    }

    @Override
    public void close() throws IOException {
        if (pg != null) {
            pg.close();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

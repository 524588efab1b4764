package vn.bansao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.RegisterConfig;

/** The options every {@code bansao register} subcommand shares: which database, as whom. */
final class RegisterDbOptions {

    @Option(names = "--db", required = true, paramLabel = "DB",
            description = "Tệp H2 (mặc định sa / mật khẩu rỗng) hoặc URL jdbc:postgresql: / H2 file (user sa, empty"
                    + " password) or a jdbc:postgresql: URL")
    String db;

    @Option(names = "--db-user", description = "Người dùng CSDL / database user (PostgreSQL)")
    String user;

    @Option(names = "--db-password-file", paramLabel = "FILE",
            description = "Tệp chứa mật khẩu CSDL / file holding the database password")
    Path passwordFile;

    @Option(names = "--agency", description = "Mã cơ quan mặc định / default agency code")
    String agency;

    @Option(names = "--type", description = "Loại sổ mặc định / default register type (SCT/BS)")
    String registerType;

    @Option(names = "--agency-name", paramLabel = "NAME",
            description = "Tên cơ quan, in trên sổ xuất ra / the body's name, printed on the exported register book")
    String agencyName;

    /** Opens an existing register (a mistyped H2 path must not verify as an empty, "intact" register). */
    CertificationRegister open() throws IOException {
        if (!db.startsWith("jdbc:")) {
            String base = db.endsWith(".mv.db") ? db.substring(0, db.length() - ".mv.db".length()) : db;
            if (!Files.exists(Path.of(base + ".mv.db"))) {
                throw new IllegalArgumentException("Không tìm thấy sổ " + base + ".mv.db (dùng 'register add' để tạo)"
                        + " / register not found: " + base + ".mv.db (created by 'register add')");
            }
        }
        return openOrCreate();
    }

    /** Opens the register, creating it when the H2 file does not exist yet. */
    CertificationRegister openOrCreate() throws IOException {
        return openOrCreate(b -> { });
    }

    /** As {@link #openOrCreate()}, with extra configuration (e.g. import mode). */
    CertificationRegister openOrCreate(java.util.function.Consumer<RegisterConfig.Builder> extra) throws IOException {
        RegisterConfig.Builder b = RegisterConfig.builder(db);
        if (user != null || passwordFile != null) {
            b.credentials(user, passwordFile == null ? null : new String(PasswordFiles.read(passwordFile)));
        }
        if (agency != null) {
            b.agencyCode(agency);
        }
        if (registerType != null) {
            b.registerType(registerType);
        }
        if (agencyName != null) {
            b.agencyName(agencyName);
        }
        extra.accept(b);
        return CertificationRegister.open(b.build());
    }


    static int thisYear() {
        return LocalDate.now(RegisterConfig.VIETNAM).getYear();
    }
}

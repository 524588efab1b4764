package vn.bansao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.bansao.register.CertificationRegister;
import vn.bansao.verify.CopyVerifier;
import vn.bansao.register.RegisterLookups;

/** Connects {@code bansao verify --register DB [--register-key KEY]} to a local certification register. */
final class RegisterOption {
    private RegisterOption() {
    }

    /** Opens the register (read only use) and returns it so the command can close it after verifying. */
    static CertificationRegister configure(CopyVerifier.Builder builder, String db, String checkpointKey) {
        if (!db.startsWith("jdbc:")) {
            String base = db.endsWith(".mv.db") ? db.substring(0, db.length() - ".mv.db".length()) : db;
            if (!Files.exists(Path.of(base + ".mv.db"))) {
                // a mistyped path must not silently create an empty register
                throw new IllegalArgumentException("Không tìm thấy sổ / register not found: " + base + ".mv.db");
            }
        }
        CertificationRegister register = CertificationRegister.open(db);
        if (checkpointKey == null) {
            builder.register(RegisterLookups.of(register));
        } else {
            builder.register(RegisterLookups.of(register), checkpointKey);
        }
        return register;
    }
}

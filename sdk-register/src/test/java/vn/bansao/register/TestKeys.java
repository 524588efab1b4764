package vn.bansao.register;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Makes PKCS#12 key files with the JDK's own keytool (a real tool, as an administrator would). */
public final class TestKeys {

    public static final String PASSWORD = "changeit-123";

    private TestKeys() {
    }

    /** keyAlg: "Ed25519", "EC" (P-256) or "RSA". */
    public static Path pkcs12(Path dir, String keyAlg) throws IOException, InterruptedException {
        Path file = dir.resolve("register-" + keyAlg.toLowerCase() + ".p12");
        if (Files.exists(file)) {
            return file;
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keystore", file.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD,
                "-alias", "body", "-keyalg", keyAlg, "-dname", "CN=UBND phuong Test,O=bansao test", "-validity", "30"));
        if (keyAlg.equals("EC")) {
            cmd.addAll(List.of("-groupname", "secp256r1"));
        }
        if (keyAlg.equals("RSA")) {
            cmd.addAll(List.of("-keysize", "2048"));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException("keytool failed: " + out);
        }
        return file;
    }
}

package vn.bansao.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.bansao.transparency.note.NoteVerifier;
import vn.bansao.transparency.witness.CosignatureSigner;
import vn.bansao.transparency.witness.Witness;
import vn.bansao.transparency.witness.WitnessServer;
import vn.bansao.transparency.witness.WitnessStateStore;

/**
 * {@code bansao witness}: runs a witness (C2SP tlog-witness) that cosigns the registers' checkpoints after checking
 * they extend what it cosigned before; {@code bansao witness keygen} makes its Ed25519 key.
 *
 * <pre>{@code
 * ./bansao witness keygen --out witness.p12 --password-file pw --name tuphap.hochiminhcity.gov.vn/witness
 * ./bansao witness --listen 127.0.0.1:9090 --key witness.p12 --password-file pw \
 *     --name tuphap.hochiminhcity.gov.vn/witness --state witness-state \
 *     --log bansao.vn/register/000.00.12.H29+1a2b3c4d+AQ...
 * }</pre>
 */
@Command(name = "witness", mixinStandardHelpOptions = true,
        description = {
                "Chạy nhân chứng (C2SP tlog-witness): đồng ký điểm kiểm của các sổ sau khi kiểm tra chúng nối tiếp"
                        + " điểm kiểm đã đồng ký trước đó; POST /add-checkpoint, GET /checkpoint?origin=. Dừng bằng Ctrl-C.",
                "Run a witness (C2SP tlog-witness): cosign the registers' checkpoints after checking they extend what"
                        + " it cosigned before; POST /add-checkpoint, GET /checkpoint?origin=. Stop with Ctrl-C."},
        subcommands = WitnessCommand.Keygen.class)
final class WitnessCommand implements Callable<Integer> {

    // not `required`: picocli would then demand them for `witness keygen` too; checked in call()
    @Option(names = "--listen", paramLabel = "HOST:PORT",
            description = "Địa chỉ nghe, ví dụ 127.0.0.1:9090 / address to listen on, e.g. 127.0.0.1:9090")
    String listen;

    @Option(names = "--key", paramLabel = "WITNESS.p12",
            description = "Khóa Ed25519 của nhân chứng (PKCS#12, từ `witness keygen`) / the witness's Ed25519 key")
    Path key;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Tệp chứa mật khẩu PKCS#12 / PKCS#12 password file")
    Path passwordFile;

    @Option(names = "--name", paramLabel = "NAME",
            description = "Tên khóa nhân chứng, không dấu cách, ví dụ tuphap.hochiminhcity.gov.vn/witness / the witness"
                    + " key name, without spaces")
    String name;

    @Option(names = "--state", paramLabel = "DIR",
            description = "Thư mục lưu điểm kiểm đã đồng ký / directory of the cosigned checkpoints")
    Path state;

    @Option(names = "--log", paramLabel = "[ORIGIN=]VKEY",
            description = "Sổ được theo dõi: khóa kiểm tra của sổ (origin = tên khóa) hoặc origin=khóa; lặp lại được"
                    + " / a log to witness: its verifier key (origin = key name) or origin=key; repeatable")
    List<String> logs = new ArrayList<>();

    @Option(names = "--logs", paramLabel = "FILE",
            description = "Tệp danh sách sổ, mỗi dòng [origin=]khóa, # là chú thích / file of logs, one [origin=]key a"
                    + " line, # comments")
    Path logsFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        require(listen, "--listen");
        require(key, "--key");
        require(passwordFile, "--password-file");
        require(name, "--name");
        require(state, "--state");
        InetSocketAddress address = address(listen);
        List<String[]> declared = new ArrayList<>();
        for (String l : logs) {
            declared.add(new String[] {"--log", l});
        }
        if (logsFile != null) {
            List<String> lines = readLines(logsFile);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    declared.add(new String[] {logsFile + ":" + (i + 1), line});
                }
            }
        }
        if (declared.isEmpty()) {
            throw new IllegalArgumentException("Cần ít nhất một sổ (--log hoặc --logs) / at least one log is needed"
                    + " (--log or --logs)");
        }
        char[] password = PasswordFiles.read(passwordFile);
        CosignatureSigner signer;
        try {
            signer = CosignatureSigner.fromPkcs12(key, password, name);
        } finally {
            Arrays.fill(password, '\0');
        }
        Witness.Builder b = Witness.builder().signer(signer).store(WitnessStateStore.inDirectory(state));
        for (String[] d : declared) {
            addLog(b, d[0], d[1]);
        }
        Witness witness = b.build();

        // the JDK server reads these once: a request (or an answer) may not take longer than this, and answers are
        // not held back by Nagle's algorithm (headers and body are two writes: +40 ms per request otherwise)
        defaultProperty("sun.net.httpserver.maxReqTime", "30");
        defaultProperty("sun.net.httpserver.maxRspTime", "30");
        defaultProperty("sun.net.httpserver.nodelay", "true");
        PrintWriter w = spec.commandLine().getOut();
        try (WitnessServer server = WitnessServer.start(address, witness)) {
            w.println("Nhân chứng đang phục vụ / Witness serving " + server.uri());
            w.println("  Khóa kiểm tra / verifier key: " + signer.verifier().verifierKey());
            witness.origins().stream().sorted().forEach(o -> w.println("  Sổ / log: " + o));
            ServeUntilStopped.run(w, server::close, "bansao-witness-shutdown");
        }
        w.println("Đã dừng / Stopped.");
        w.flush();
        return 0;
    }

    private static void defaultProperty(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static void require(Object value, String option) {
        if (value == null) {
            throw new IllegalArgumentException("Thiếu tùy chọn " + option + " / missing option " + option);
        }
    }

    static InetSocketAddress address(String listen) {
        int colon = listen.lastIndexOf(':');
        String host = colon > 0 ? listen.substring(0, colon) : "";
        String port = colon >= 0 ? listen.substring(colon + 1) : "";
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty() || !port.matches("[0-9]{1,5}") || Integer.parseInt(port) > 65535) {
            throw new IllegalArgumentException("--listen \"" + listen + "\" không phải HOST:PORT / is not HOST:PORT"
                    + " (e.g. 127.0.0.1:9090)");
        }
        return new InetSocketAddress(host, Integer.parseInt(port));
    }

    /** {@code origin=vkey} or a bare {@code vkey} (origin = its key name); a vkey's '+' comes before any '=' of it. */
    private static void addLog(Witness.Builder b, String where, String spec) {
        int eq = spec.indexOf('=');
        int plus = spec.indexOf('+');
        boolean withOrigin = eq > 0 && (plus < 0 || eq < plus);
        String vkey = withOrigin ? spec.substring(eq + 1).strip() : spec;
        try {
            NoteVerifier v = NoteVerifier.parse(vkey);
            if (withOrigin) {
                b.log(spec.substring(0, eq).strip(), v);
            } else {
                b.log(v);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("Không đọc được tệp danh sách sổ / cannot read the logs file: " + file, e);
        }
    }

    /** {@code bansao witness keygen}: a new Ed25519 witness key in a PKCS#12 file; prints the verifier key. */
    @Command(name = "keygen", mixinStandardHelpOptions = true,
            description = {
                    "Tạo khóa Ed25519 mới của nhân chứng (tệp PKCS#12) và in khóa kiểm tra để công bố.",
                    "Make a new Ed25519 witness key (PKCS#12 file) and print the verifier key to publish."})
    static final class Keygen implements Callable<Integer> {

        @Option(names = "--out", required = true, paramLabel = "WITNESS.p12",
                description = "Tệp PKCS#12 sẽ tạo (không ghi đè) / PKCS#12 file to create (never overwritten)")
        Path out;

        @Option(names = "--password-file", required = true, paramLabel = "FILE",
                description = "Tệp chứa mật khẩu bảo vệ khóa / file holding the password protecting the key")
        Path passwordFile;

        @Option(names = "--name", required = true, paramLabel = "NAME",
                description = "Tên khóa nhân chứng, không dấu cách / the witness key name, without spaces")
        String name;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            char[] password = PasswordFiles.read(passwordFile);
            try {
                if (password.length == 0) {
                    throw new IllegalArgumentException("Tệp mật khẩu rỗng / the password file is empty: " + passwordFile);
                }
                KeyPair kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                CosignatureSigner signer = CosignatureSigner.of(name, kp.getPrivate(), kp.getPublic()); // checks the name
                KeyStore ks = KeyStore.getInstance("PKCS12");
                ks.load(null, null);
                ks.setKeyEntry("witness", kp.getPrivate(), password, new Certificate[] {selfSigned(kp, name)});
                // CREATE_NEW: an existing key is never replaced by accident
                try (OutputStream o = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    ks.store(o, password);
                }
                PrintWriter w = spec.commandLine().getOut();
                w.println(signer.verifier().verifierKey());
                w.flush();
                spec.commandLine().getErr().println("Đã ghi / wrote " + out + "; công bố khóa kiểm tra ở trên cho bên"
                        + " kiểm tra / publish the verifier key above to verifiers");
            } finally {
                Arrays.fill(password, '\0');
            }
            return 0;
        }

        /** PKCS#12 keeps a private key only with a certificate: a self-signed one, which nobody should trust as such. */
        private static X509Certificate selfSigned(KeyPair kp, String name) throws Exception {
            Instant now = Instant.now();
            var subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "bansao witness " + name).build();
            var holder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, new SecureRandom()).setBit(62),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), subject,
                    kp.getPublic()).build(new JcaContentSignerBuilder("Ed25519").build(kp.getPrivate()));
            return new JcaX509CertificateConverter().getCertificate(holder);
        }
    }
}

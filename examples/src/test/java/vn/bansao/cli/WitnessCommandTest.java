package vn.bansao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.RegisterConfig;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.transparency.checkpoint.ConsistencyProof;
import vn.bansao.transparency.checkpoint.SignedCheckpoint;
import vn.bansao.transparency.note.NoteVerifier;
import vn.bansao.transparency.witness.AddCheckpointResult;
import vn.bansao.transparency.witness.CosignatureVerifier;
import vn.bansao.transparency.witness.WitnessClient;
import vn.bansao.transparency.witness.WitnessPolicy;

/**
 * {@code bansao witness keygen} and {@code bansao witness} end to end: a register made with {@code bansao register}
 * submits its signed checkpoints to the running witness over loopback, which cosigns, refuses a stale old size, and
 * keeps its state across a restart.
 */
class WitnessCommandTest {

    static final String NAME = "tuphap.hochiminhcity.gov.vn/witness";
    static final Path SAMPLE = Path.of("samples/entry.json");

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** A witness command running in a thread until stopped. */
    private final class Running implements AutoCloseable {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final AtomicInteger exit = new AtomicInteger(-1);
        final Thread thread;
        final URI uri;

        Running(String... args) throws Exception {
            CommandLine cli = BansaoCli.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            thread = new Thread(() -> exit.set(cli.execute(args)), "witness-command-under-test");
            thread.start();
            Pattern serving = Pattern.compile("Witness serving (http://\\S+)");
            Matcher m = serving.matcher("");
            // wait until it printed its address, or stopped with an error (no timing assertion: it just has to happen)
            for (int i = 0; i < 600 && !(m = serving.matcher(out.toString())).find() && thread.isAlive(); i++) {
                Thread.sleep(50);
            }
            assertThat(m.find(0)).as("witness did not start: " + out + err).isTrue();
            uri = URI.create(m.group(1));
        }

        @Override
        public void close() throws Exception {
            thread.interrupt();
            thread.join(30_000);
            assertThat(thread.isAlive()).isFalse();
        }
    }

    private String db() {
        return dir.resolve("register.mv.db").toString();
    }

    private Path registerKey(Path pw) throws Exception {
        Path p12 = dir.resolve("ubnd.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keystore", p12.toString(), "-storetype", "PKCS12", "-storepass", Files.readString(pw).strip(),
                "-alias", "body", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=UBND test", "-validity", "30")
                .redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor()).isZero();
        return p12;
    }

    private String checkpoint(Path p12, Path pw) {
        CliRun cp = run("register", "checkpoint", "--db", db(), "--pkcs12", p12.toString(), "--password-file", pw.toString());
        assertThat(cp.exit()).as(cp.err()).isZero();
        return cp.out();
    }

    @Test
    void aRegisterSubmitsItsCheckpointsToTheRunningWitness() throws Exception {
        Path pw = dir.resolve("pw.txt");
        Files.writeString(pw, "secret-123\n");
        Path witnessKey = dir.resolve("witness.p12");
        CliRun keygen = run("witness", "keygen", "--out", witnessKey.toString(), "--password-file", pw.toString(), "--name", NAME);
        assertThat(keygen.exit()).as(keygen.err()).isZero();
        CosignatureVerifier witnessVkey = CosignatureVerifier.parse(keygen.out().strip());
        assertThat(witnessVkey.name()).isEqualTo(NAME);
        // never overwrites a key
        CliRun again = run("witness", "keygen", "--out", witnessKey.toString(), "--password-file", pw.toString(), "--name", NAME);
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains(witnessKey.toString());

        Path p12 = registerKey(pw);
        for (int i = 0; i < 2; i++) {
            assertThat(run("register", "add", "--db", db(), "--entry", SAMPLE.toString()).exit()).isZero();
        }
        CliRun firstCp = run("register", "checkpoint", "--db", db(), "--pkcs12", p12.toString(), "--password-file", pw.toString());
        String note2 = firstCp.out();
        Matcher vk = Pattern.compile("verifier key: (\\S+)").matcher(firstCp.err());
        assertThat(vk.find()).isTrue();
        NoteVerifier registerVkey = NoteVerifier.parse(vk.group(1));
        Path state = dir.resolve("state");
        String[] args = {"witness", "--listen", "127.0.0.1:0", "--key", witnessKey.toString(), "--password-file",
                pw.toString(), "--name", NAME, "--state", state.toString(), "--log", registerVkey.verifierKey()};

        try (Running w = new Running(args)) {
            assertThat(w.out.toString()).contains(witnessVkey.verifierKey()).contains("Sổ / log: bansao.vn/register");
            WitnessClient client = WitnessClient.of(w.uri, Duration.ofSeconds(10), 64 * 1024);
            AddCheckpointResult r = client.addCheckpoint(0, List.of(), note2);
            assertThat(r).as(r.toString()).isInstanceOf(AddCheckpointResult.Cosigned.class);
            String cosigned = ((AddCheckpointResult.Cosigned) r).appendTo(note2);
            Checkpoint cp2 = SignedCheckpoint.parse(cosigned).verify(registerVkey);
            assertThat(WitnessPolicy.of(1, List.of(witnessVkey)).check(cosigned, cp2).satisfied()).isTrue();

            assertThat(run("register", "add", "--db", db(), "--entry", SAMPLE.toString()).exit()).isZero();
            String note3 = checkpoint(p12, pw);
            ConsistencyProof proof;
            try (CertificationRegister register = CertificationRegister.open(RegisterConfig.builder(db()).build())) {
                proof = register.consistencyProof(2, 3);
            }
            assertThat(client.addCheckpoint(0, List.of(), note3)).isEqualTo(new AddCheckpointResult.Conflict(2));
            assertThat(client.addCheckpoint(2, proof.path(), note3)).isInstanceOf(AddCheckpointResult.Cosigned.class);
            assertThat(client.addCheckpoint(2, proof.path(), note3)).isEqualTo(new AddCheckpointResult.Conflict(3));
        }

        // restarted, with the log in a --logs file: the state is kept
        Path logs = dir.resolve("logs.txt");
        Files.writeString(logs, "# sổ của UBND phường\n\nbansao.vn/register=" + registerVkey.verifierKey() + "\n");
        String[] again2 = {"witness", "--listen", "127.0.0.1:0", "--key", witnessKey.toString(), "--password-file",
                pw.toString(), "--name", NAME, "--state", state.toString(), "--logs", logs.toString()};
        try (Running w = new Running(again2)) {
            WitnessClient client = WitnessClient.of(w.uri, Duration.ofSeconds(10), 64 * 1024);
            String latest = client.latest("bansao.vn/register").orElseThrow();
            Checkpoint cp3 = SignedCheckpoint.parse(latest).verify(registerVkey);
            assertThat(cp3.size()).isEqualTo(3);
            assertThat(witnessVkey.verify(latest, cp3)).isPresent();
        }
    }

    @Test
    void badOptionsAreOneBilingualLine() throws Exception {
        Path pw = dir.resolve("pw.txt");
        Files.writeString(pw, "secret-123\n");
        CliRun spaces = run("witness", "keygen", "--out", dir.resolve("w.p12").toString(), "--password-file", pw.toString(),
                "--name", "Sở Tư pháp TP.HCM");
        assertThat(spaces.exit()).isEqualTo(2);
        assertThat(spaces.err()).contains("no spaces").contains("không được rỗng");
        assertThat(Files.exists(dir.resolve("w.p12"))).isFalse();

        CliRun missing = run("witness", "--key", "w.p12");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("missing option --listen");

        Path key = dir.resolve("k.p12");
        assertThat(run("witness", "keygen", "--out", key.toString(), "--password-file", pw.toString(), "--name", NAME).exit()).isZero();
        Path logs = dir.resolve("logs.txt");
        Files.writeString(logs, "# one good, one bad\nbansao.vn/register=not-a-key\n");
        CliRun badLog = run("witness", "--listen", "127.0.0.1:0", "--key", key.toString(), "--password-file", pw.toString(),
                "--name", NAME, "--state", dir.resolve("s").toString(), "--logs", logs.toString());
        assertThat(badLog.exit()).isEqualTo(2);
        assertThat(badLog.err()).contains(logs + ":2").contains("malformed verifier key");

        CliRun noLog = run("witness", "--listen", "127.0.0.1:0", "--key", key.toString(), "--password-file", pw.toString(),
                "--name", NAME, "--state", dir.resolve("s").toString());
        assertThat(noLog.err()).contains("at least one log");
        CliRun badListen = run("witness", "--listen", "9090", "--key", key.toString(), "--password-file", pw.toString(),
                "--name", NAME, "--state", dir.resolve("s").toString(), "--log", "x+00000000+AAAA");
        assertThat(badListen.err()).contains("HOST:PORT");
    }
}

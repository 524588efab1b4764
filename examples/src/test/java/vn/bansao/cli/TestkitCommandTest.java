package vn.bansao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TestkitCommandTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void pkiWritesTheNamedFilesAndRefusesToOverwrite(@TempDir Path dir) throws Exception {
        CliRun first = run("testkit", "pki", "--out", dir.toString());

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("officer.p12").contains("authority.p12").contains("password.txt")
                .contains("bansao testkit serve");
        for (String f : new String[] {"root.pem", "issuing-ca.pem", "officer.p12", "authority.p12", "tsa.p12",
                "ocsp.p12", "issuing-ca.p12", "password.txt", "servers.json"}) {
            assertThat(dir.resolve(f)).isNotEmptyFile();
        }
        char[] password = Files.readString(dir.resolve("password.txt")).strip().toCharArray();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(dir.resolve("officer.p12"))) {
            ks.load(in, password);
        }
        assertThat(ks.getKey("officer", password)).isNotNull();

        CliRun second = run("testkit", "pki", "--out", dir.toString());
        assertThat(second.exit()).isEqualTo(2);
        assertThat(second.err()).contains("--force");
    }

    @Test
    void serveAnswersOnTheRecordedPortsUntilStopped(@TempDir Path dir) throws Exception {
        assertThat(run("testkit", "pki", "--out", dir.toString()).exit()).isZero();

        StringWriter out = new StringWriter();
        CommandLine cli = BansaoCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        AtomicInteger exit = new AtomicInteger(-1);
        Thread server = new Thread(() -> exit.set(cli.execute("testkit", "serve", "--dir", dir.toString())));
        server.start();
        try {
            String crlUrl = awaitUrl(out, "CRL");
            assertThat(Files.readString(dir.resolve("servers.json"))).contains(crlUrl);
            HttpURLConnection c = (HttpURLConnection) URI.create(crlUrl).toURL().openConnection();
            assertThat(c.getResponseCode()).isEqualTo(200);
            X509CRL crl;
            try (var in = c.getInputStream()) {
                crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
            }
            var ca = CertificateFactory.getInstance("X.509")
                    .generateCertificate(Files.newInputStream(dir.resolve("issuing-ca.pem")));
            crl.verify(ca.getPublicKey());
        } finally {
            server.interrupt();
            server.join(10_000);
        }
        assertThat(exit.get()).isZero();
        assertThat(out.toString()).contains("Stopped");
    }

    @Test
    void serveExplainsAMissingPki(@TempDir Path dir) {
        CliRun r = run("testkit", "serve", "--dir", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("password.txt").contains("bansao testkit pki");
    }

    @Test
    void helpIsBilingual() {
        CliRun r = run("testkit", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("pki").contains("serve").contains("PKI thử nghiệm").contains("The test PKI");
    }

    private static String awaitUrl(StringWriter out, String service) throws InterruptedException {
        Pattern p = Pattern.compile(service + "\\s+(http://\\S+)");
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until)) {
            Matcher m = p.matcher(out.toString());
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve printed no " + service + " URL: " + out);
    }
}

package vn.bansao.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bansao portal --demo-pki --port 0}: starts, answers, and stops when its thread is interrupted. */
class PortalCommandTest {

    @Test
    void startsOnTheDemoPkiAndStopsCleanly(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new PortalCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        AtomicInteger exit = new AtomicInteger(-1);
        Thread running = new Thread(() -> exit.set(cli.execute("--demo-pki", "--port", "0",
                "--db", dir.resolve("so-chung-thuc").toString())), "portal-command");
        running.start();
        try {
            URI page = awaitAddress(out);
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(page.resolve("/api/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("POST /api/certify", "POST /api/sign/prepare");
            assertThat(out.toString()).contains("KHÔNG dùng cho bản sao thật");
        } finally {
            running.interrupt();
            running.join(30_000);
        }
        assertThat(running.isAlive()).isFalse();
        assertThat(dir.resolve("so-chung-thuc.mv.db")).exists();
    }

    @Test
    void oneKeyWithoutTheOtherIsAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new PortalCommand());
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("--officer-p12", "officer.p12", "--port", "0");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--authority-pkcs12");
    }

    @Test
    void keyPasswordComesFromAFileAsForSignAndAWrongOneStopsTheStart(@TempDir Path dir) throws Exception {
        try (vn.bansao.testkit.TestPki pki = vn.bansao.testkit.TestPki.start()) {
            pki.writeTo(dir);
        }
        java.nio.file.Files.writeString(dir.resolve("wrong.txt"), "not-the-password\n");
        StringWriter err = new StringWriter();
        CommandLine cli = PortalCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));

        // the new name for one key, the hidden name of earlier releases for the other: both work
        int code = cli.execute("--officer-pkcs12", dir.resolve("officer.p12").toString(),
                "--authority-p12", dir.resolve("authority.p12").toString(),
                "--password-file", dir.resolve("wrong.txt").toString(), "--port", "0");

        assertThat(code).isNotZero();
        assertThat(err.toString()).startsWith("bansao portal:").contains("Mật khẩu tệp khóa không đúng", "officer.p12");
    }

    private static URI awaitAddress(StringWriter out) throws InterruptedException {
        Pattern address = Pattern.compile("bansao portal: (http://\\S+/xac-minh)");
        for (int i = 0; i < 600; i++) {
            Matcher m = address.matcher(out.toString());
            if (m.find()) {
                return URI.create(m.group(1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the portal did not start: " + out);
    }
}

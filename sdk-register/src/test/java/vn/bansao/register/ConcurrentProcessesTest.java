package vn.bansao.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Processes that open one new H2 file at the same moment (as three {@code bansao register add} at once do):
 * they wait for each other instead of failing, and the file's AUTO_SERVER listens on loopback only.
 */
class ConcurrentProcessesTest {

    @TempDir
    Path dir;

    @Test
    void threeProcessesOpeningAndAppendingToOneNewFileAtOnceAllSucceed() throws Exception {
        Path db = dir.resolve("desk"); // not created beforehand: the three race on creating it too
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        for (String label : List.of("P1", "P2", "P3")) {
            processes.add(new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", AppendWorker.class.getName(), db.toString(), "1",
                    "3", label, "reopen").redirectErrorStream(true).start());
        }
        List<Long> numbers = new ArrayList<>();
        List<String> output = new ArrayList<>();
        for (Process p : processes) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    output.add(line);
                    if (line.startsWith("seq ")) {
                        numbers.add(Long.parseLong(line.substring(4)));
                    }
                }
            }
            assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).as(String.join("\n", output)).isZero();
        }
        assertThat(numbers).as(String.join("\n", output)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        try (CertificationRegister r = CertificationRegister.open(db.toString())) {
            assertThat(r.verify().intact()).isTrue();
            assertThat(r.treeSize()).isEqualTo(9);
        }
    }

    @Test
    void theAutoServerListensOnLoopbackOnly() throws Exception {
        Path db = dir.resolve("served");
        try (CertificationRegister r = CertificationRegister.open(db.toString())) {
            r.certify(Drafts.sample("A"));
            Properties lock = new Properties();
            try (var in = Files.newInputStream(dir.resolve("served.lock.db"))) {
                lock.load(in);
            }
            String server = lock.getProperty("server");
            // H2 writes "localhost" for a loopback bind address (and the host's name otherwise)
            assertThat(server).as("address other processes are told to use").matches("(localhost|127\\.0\\.0\\.1):\\d+");
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
            // the kernel's own table of listening sockets (state 0A): bound to 127.0.0.1, not 0.0.0.0 or ::
            String hexPort = String.format(":%04X ", port);
            List<String> listening = new ArrayList<>();
            for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 3 && (f[1] + " ").endsWith(hexPort) && f[3].equals("0A")) {
                        listening.add(f[1]);
                    }
                }
            }
            // 127.0.0.1, possibly as the IPv4-mapped ::ffff:127.0.0.1 of a dual-stack socket; never 0.0.0.0 or ::
            assertThat(listening).isNotEmpty().allSatisfy(local -> assertThat(local).isIn(
                    "0100007F" + hexPort.strip(), "0000000000000000FFFF00000100007F" + hexPort.strip()));
        }
    }
}

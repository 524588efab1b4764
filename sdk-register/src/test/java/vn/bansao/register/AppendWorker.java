package vn.bansao.register;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A second process appending to an H2 register file: {@code AppendWorker <db> <threads> <appendsPerThread> <label>}.
 * Prints one line per allocated number ("seq N"), then "DONE".
 */
public final class AppendWorker {

    private AppendWorker() {
    }

    public static void main(String[] args) throws Exception {
        String db = args[0];
        int threads = Integer.parseInt(args[1]);
        int appends = Integer.parseInt(args[2]);
        String label = args[3];
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (CertificationRegister register = CertificationRegister.open(
                RegisterConfig.builder(db).agencyCode(Drafts.AGENCY).build())) {
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                Thread th = new Thread(() -> {
                    for (int i = 0; i < appends; i++) {
                        long seq = register.certify(Drafts.on(LocalDate.of(2026, 7, 1), label + "-" + id + "-" + i))
                                .number().sequence();
                        synchronized (out) {
                            out.println("seq " + seq);
                        }
                    }
                });
                th.start();
                workers.add(th);
            }
            for (Thread th : workers) {
                th.join();
            }
        }
        out.println("DONE");
    }
}

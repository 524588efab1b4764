package vn.bansao.register;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A second process appending to an H2 register file: {@code AppendWorker <db> <threads> <appendsPerThread> <label>}.
 * Prints one line per allocated number ("seq N"), then "DONE". With a fifth argument {@code reopen}, every
 * append opens and closes the register, as one {@code bansao register add} per entry does.
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
        if (args.length > 4 && args[4].equals("reopen")) {
            for (int i = 0; i < appends; i++) {
                try (CertificationRegister register = CertificationRegister.open(
                        RegisterConfig.builder(db).agencyCode(Drafts.AGENCY).build())) {
                    out.println("seq " + register.certify(Drafts.sample(label + "-" + i)).number().sequence());
                }
            }
            out.println("DONE");
            return;
        }
        try (CertificationRegister register = CertificationRegister.open(
                RegisterConfig.builder(db).agencyCode(Drafts.AGENCY).build())) {
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                Thread th = new Thread(() -> {
                    for (int i = 0; i < appends; i++) {
                        long seq = register.certify(Drafts.sample(label + "-" + id + "-" + i))
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

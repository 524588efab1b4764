package vn.bansao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.bansao.testkit.TestPki;

/** {@code bansao testkit serve --dir DIR}: serves TSA/OCSP/CRL for a PKI written by {@code testkit pki}. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {
                "Chạy máy chủ TSA/OCSP/CRL của PKI thử nghiệm trên các cổng đã ghi, đến khi dừng (Ctrl-C).",
                "Serve TSA/OCSP/CRL for the test PKI on its recorded ports until stopped (Ctrl-C, SIGTERM)."})
final class TestkitServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dir", required = true, paramLabel = "DIR",
            description = {"Thư mục do `bansao testkit pki` tạo / Directory made by `bansao testkit pki`"})
    Path dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        try (TestPki pki = TestPki.load(dir)) {
            Thread hook = new Thread(() -> {
                pki.close();
                stopped.countDown();
            }, "bansao-testkit-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            w.println("Đang phục vụ / Serving " + dir.toAbsolutePath());
            w.println("  TSA  " + pki.tsaUrl());
            w.println("  OCSP " + pki.ocspUrl());
            w.println("  CRL  " + pki.crlUrl());
            w.println("Dừng bằng Ctrl-C / Stop with Ctrl-C.");
            w.flush();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                // stopped from inside the JVM (tests, embedding): leave cleanly
                Thread.currentThread().interrupt();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run: nothing to undo
            }
        }
        w.println("Đã dừng / Stopped.");
        w.flush();
        return 0;
    }
}

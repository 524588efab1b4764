package vn.bansao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
        try (TestPki pki = TestPki.load(dir)) {
            w.println("Đang phục vụ / Serving " + dir.toAbsolutePath());
            w.println("  TSA  " + pki.tsaUrl());
            w.println("  OCSP " + pki.ocspUrl());
            w.println("  CRL  " + pki.crlUrl());
            ServeUntilStopped.run(w, pki::close, "bansao-testkit-shutdown");
        }
        w.println("Đã dừng / Stopped.");
        w.flush();
        return 0;
    }
}

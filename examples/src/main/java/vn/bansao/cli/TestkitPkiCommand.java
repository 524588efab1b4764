package vn.bansao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.bansao.testkit.KeyType;
import vn.bansao.testkit.Service;
import vn.bansao.testkit.TestPki;

/** {@code bansao testkit pki --out DIR}: writes a new test PKI (PEM roots, PKCS#12 keys, password, ports). */
@Command(name = "pki", mixinStandardHelpOptions = true,
        description = {
                "Tạo PKI thử nghiệm và ghi ra thư mục: root.pem, issuing-ca.pem, *.p12 (khóa), password.txt, "
                        + "servers.json (cổng của máy chủ TSA/OCSP/CRL ghi trong chứng thư).",
                "Make a test PKI and write it to a directory: root.pem, issuing-ca.pem, *.p12 (keys), "
                        + "password.txt, servers.json (the TSA/OCSP/CRL ports written in the certificates)."})
final class TestkitPkiCommand implements Callable<Integer> {

    private static final List<String> FILES = List.of("root.pem", "issuing-ca.pem", "root.p12", "issuing-ca.p12",
            "officer.p12", "authority.p12", "tsa.p12", "ocsp.p12", "password.txt", "servers.json");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = {"Thư mục đích / Output directory"})
    Path out;

    @Option(names = "--key-type", paramLabel = "TYPE", defaultValue = "RSA_2048_PSS",
            description = {"Loại khóa / Key type: ${COMPLETION-CANDIDATES} (mặc định / default: ${DEFAULT-VALUE})"})
    KeyType keyType;

    @Option(names = "--base-port", paramLabel = "PORT",
            description = {"Cổng cố định: TSA = PORT, OCSP = PORT+1, CRL = PORT+2 (mặc định: cổng tạm).",
                    "Fixed ports: TSA = PORT, OCSP = PORT+1, CRL = PORT+2 (default: ephemeral ports)."})
    Integer basePort;

    @Option(names = "--force", description = {"Ghi đè tệp đã có / Overwrite existing files"})
    boolean force;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        if (!force) {
            for (String name : FILES) {
                if (Files.exists(out.resolve(name))) {
                    throw new IllegalArgumentException("tệp đã có / file exists: " + out.resolve(name)
                            + " (dùng / use --force)");
                }
            }
        }
        TestPki.Builder builder = TestPki.builder().keyType(keyType);
        if (basePort != null) {
            builder.port(Service.TSA, basePort).port(Service.OCSP, basePort + 1).port(Service.CRL, basePort + 2);
        }
        try (TestPki pki = builder.start()) {
            List<Path> written = pki.writeTo(out);
            w.println("Đã ghi PKI thử nghiệm / Test PKI written to " + out.toAbsolutePath() + ":");
            for (Path p : written) {
                w.printf("  %-16s %s%n", p.getFileName(), describe(p.getFileName().toString()));
            }
            w.println("Máy chủ (chạy bằng / serve with: bansao testkit serve --dir " + out + "):");
            w.println("  TSA  " + pki.tsaUrl());
            w.println("  OCSP " + pki.ocspUrl());
            w.println("  CRL  " + pki.crlUrl());
        }
        w.flush();
        return 0;
    }

    private static String describe(String file) {
        return switch (file) {
            case "root.pem" -> "CA gốc (tin cậy) / root CA (trust anchor)";
            case "issuing-ca.pem" -> "CA cấp chứng thư / issuing CA";
            case "root.p12" -> "khóa CA gốc / root CA key";
            case "issuing-ca.p12" -> "khóa CA cấp / issuing CA key";
            case "officer.p12" -> "người thực hiện chứng thực / certifying officer (Nguyễn Thị Hương)";
            case "authority.p12" -> "con dấu cơ quan / authority seal (UBND Phường Bến Nghé)";
            case "tsa.p12" -> "máy chủ dấu thời gian / time-stamping unit";
            case "ocsp.p12" -> "máy chủ OCSP / OCSP responder";
            case "password.txt" -> "mật khẩu của mọi tệp .p12 / password of every .p12";
            case "servers.json" -> "cổng và URL máy chủ / server ports and URLs";
            default -> "";
        };
    }
}

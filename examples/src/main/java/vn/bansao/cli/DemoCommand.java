package vn.bansao.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.metrics.Indicator;
import vn.bansao.metrics.Metrics;
import vn.bansao.metrics.MetricsReport;
import vn.bansao.metrics.Period;
import vn.bansao.metrics.Samples;
import vn.bansao.metrics.output.MetricsCharts;
import vn.bansao.metrics.output.ReportWriter;
import vn.bansao.metrics.target.PlanLoader;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.LogVerification;
import vn.bansao.signing.Level;
import vn.bansao.signing.PadesSigner;
import vn.bansao.signing.SigningKey;
import vn.bansao.testkit.Identity;
import vn.bansao.testkit.SampleScans;
import vn.bansao.testkit.TestPki;
import vn.bansao.verify.CopyVerifier;
import vn.bansao.verify.Language;
import vn.bansao.verify.TrustAnchors;
import vn.bansao.verify.VerificationReport;
import vn.bansao.certification.CertificationWorkflow;

/**
 * {@code bansao demo}: the whole flow on embedded defaults, with nothing else installed.
 *
 * <p>Starts the test PKI and its TSA/OCSP/CRL servers on loopback, makes sample scans, certifies them
 * (register number, PDF/A copy, officer then authority signatures at B-LT, register entry completed),
 * verifies the copy, checks the register's log, computes sample metrics, and writes everything to DIR.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Chạy thử toàn bộ quy trình trên cấu hình nhúng: PKI thử nghiệm, ảnh quét mẫu, "
                + "dựng bản sao, ký số (cán bộ rồi cơ quan, B-LT), vào sổ, kiểm tra, tính chỉ số.",
                "Run the whole flow on embedded defaults: test PKI, sample scans, build, sign (officer then "
                        + "authority, B-LT), register, verify, metrics."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "bansao-demo",
            description = "Thư mục kết quả / output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintStream say = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path dir = Files.createDirectories(out.toAbsolutePath().normalize());
        Step step = new Step(say);

        say.println("bansao demo → " + dir);
        try (TestPki pki = step.run("PKI thử nghiệm và máy chủ TSA/OCSP/CRL / test PKI and TSA/OCSP/CRL servers",
                TestPki::start)) {
            say.println("    TSA  " + pki.tsaUrl());
            say.println("    OCSP " + pki.ocspUrl());
            say.println("    CRL  " + pki.crlUrl());
            Files.writeString(dir.resolve("root.pem"), pki.root().certificatePem());

            List<Path> scans = step.run("3 trang quét A4 300 dpi / three A4 300-dpi scans", () -> {
                Path scanDir = Files.createDirectories(dir.resolve("scans"));
                List<Path> files = new ArrayList<>();
                for (int page = 1; page <= 3; page++) {
                    files.add(SampleScans.seed(page).a4Jpeg(300).writeTo(scanDir.resolve("trang-" + page + ".jpg")));
                }
                return files;
            });

            Path copy = dir.resolve("ban-sao-chung-thuc.pdf");
            Files.deleteIfExists(copy);
            Path registerFile = dir.resolve("so-chung-thuc");
            CertificationWorkflow.Outcome done;
            try (CertificationRegister register = CertificationRegister.open(vn.bansao.register.RegisterConfig
                    .builder(registerFile.toString()).agencyName("UBND Phường Bến Nghé").build())) {
                PadesSigner signer = PadesSigner.builder()
                        .level(Level.B_LT)
                        .tsa(pki.tsaUrl())
                        .trustAnchors(pki.root().certificate())
                        .build();
                // B-LT needs the TSA: it is asked for a probe time-stamp before the register gives out a number
                CertificationWorkflow desk = new CertificationWorkflow(register, signer,
                        key(pki.officer()), key(pki.authority())).withTsaCheck(pki.tsaUrl());
                done = step.run("Chứng thực: cấp số, dựng PDF/A, ký cán bộ rồi cơ quan (B-LT), vào sổ / "
                        + "certify: number, PDF/A, officer then authority signatures (B-LT), register entry",
                        () -> desk.certify(scans, sampleFacts(pki), copy));
                say.println("    Số chứng thực / number: " + done.entry().number().format());
                say.println("    SHA-256: " + done.signedSha256());
                done.signing().warnings().forEach(w -> say.println("    ! " + w));

                LogVerification log = step.run("Kiểm tra toàn vẹn sổ (cây Merkle) / register log check (Merkle tree)",
                        () -> register.verify());
                say.println("    " + (log.intact() ? "Sổ nguyên vẹn / log intact" : "SỔ BỊ SỬA / LOG TAMPERED")
                        + ", " + register.treeSize() + " bản ghi / records");
                int year = done.entry().number().year();
                step.run("Xuất sổ CSV và PDF / register export, CSV and PDF", () -> {
                    try (OutputStream csv = Files.newOutputStream(dir.resolve("so-chung-thuc-" + year + ".csv"));
                         OutputStream pdf = Files.newOutputStream(dir.resolve("so-chung-thuc-" + year + ".pdf"))) {
                        register.exportCsv(year, csv);
                        register.exportPdf(year, pdf);
                    }
                    return null;
                });
            }

            VerificationReport report = step.run("Kiểm tra bản sao như cơ quan tiếp nhận / verify as a receiving agency",
                    () -> CopyVerifier.builder().trustAnchors(TrustAnchors.of(pki.root().certificate())).build()
                            .verify(copy));
            Files.writeString(dir.resolve("ket-qua-kiem-tra.json"), report.toJson());
            Files.writeString(dir.resolve("ket-qua-kiem-tra.txt"), report.toText(Language.VI));
            say.println("    Kết luận / verdict: " + report.verdict());

            MetricsReport metrics = step.run("Chỉ số và chỉ tiêu mẫu (Mỹ Tho 2022-2023) / sample metrics against Mỹ Tho's plan",
                    () -> {
                        Path samples = Samples.extract(dir.resolve("metrics-samples"));
                        return Metrics.builder()
                                .dossiers(samples.resolve(Samples.DOSSIERS))
                                .units(samples.resolve(Samples.UNITS))
                                .certifications(samples.resolve(Samples.CERTIFICATIONS))
                                .plan(PlanLoader.sample(Samples.MY_THO_PLAN))
                                .periods(Period.parseList("2022-Q4,2023-Q1,2023-Q2,2023-Q3,2023-Q4"))
                                .compute();
                    });
            ReportWriter.write(metrics, dir.resolve("chi-so.json"));
            ReportWriter.write(metrics, dir.resolve("chi-so.txt"));
            MetricsCharts.attainment(metrics, Indicator.COPIES_CERTIFIED_ELECTRONICALLY,
                    dir.resolve("chi-so-ban-sao-dien-tu.png"));
            MetricsCharts.trend(metrics, Indicator.ONLINE_DOSSIERS, dir.resolve("xu-huong-truc-tuyen.svg"));

            say.println();
            say.println("Kết quả / results in " + dir + ":");
            try (var files = Files.list(dir)) {
                files.sorted().forEach(f -> say.println("  " + dir.relativize(f)));
            }
            say.println();
            say.println("Kiểm tra lại / verify again:  ./bansao verify --trust " + dir.resolve("root.pem") + " " + copy);
            return report.verdict() == vn.bansao.verify.Verdict.VALID ? 0 : 1;
        }
    }

    private static SigningKey key(Identity identity) {
        return SigningKey.of(identity.privateKey(), identity.chain());
    }

    /** A realistic certification from an original, as a commune officer would enter it. */
    private static CertificationFacts sampleFacts(TestPki pki) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        return CertificationFacts.builder()
                .kind(CertificationKind.FROM_ORIGINAL)
                .number(1).book("01/" + today.getYear() + "-SCT/BS").registerType("SCT/BS") // replaced by the register
                .date(today)
                .certifyingBody("UBND Phường Bến Nghé", "000.00.12.H29")
                .requester("Nguyễn Văn An", "079123456789")
                .document("Bằng tốt nghiệp đại học", "Trường Đại học Cần Thơ", "A123456", LocalDate.of(2010, 7, 1))
                .pages(3).copies(1)
                .certifier("Nguyễn Thị Hương", "Công chức Tư pháp - Hộ tịch")
                .build();
    }

    /** Runs and times one numbered step of the demo. */
    private static final class Step {
        private final PrintStream say;
        private int n;

        Step(PrintStream say) {
            this.say = say;
        }

        <T> T run(String what, java.util.concurrent.Callable<T> action) throws Exception {
            n++;
            say.printf("[%d] %s%n", n, what);
            long start = System.nanoTime();
            T result = action.call();
            say.printf("    ✓ %d ms%n", (System.nanoTime() - start) / 1_000_000);
            return result;
        }
    }
}

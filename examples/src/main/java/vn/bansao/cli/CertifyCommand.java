package vn.bansao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.bansao.register.CertificationRegister;
import vn.bansao.signing.Level;
import vn.bansao.signing.PadesSigner;
import vn.bansao.signing.SigningKey;
import vn.bansao.certification.BatchCertification;
import vn.bansao.certification.CertificationRefusedException;
import vn.bansao.certification.CertificationWorkflow;
import vn.bansao.certification.FactsInput;

/**
 * {@code bansao certify}: scans + facts + keys → signed copy and its register entry, in one step.
 *
 * <pre>{@code
 * bansao certify --db so-chung-thuc --scan p1.jpg --scan p2.jpg --facts facts.json --out copy.pdf \
 *     --officer-pkcs12 officer.p12 --authority-pkcs12 authority.p12 --password-file password.txt \
 *     --level B-LT --tsa http://127.0.0.1:8081/tsa --trust root.pem
 * bansao certify --db so-chung-thuc --batch campaign.jsonl ...same key options...
 * }</pre>
 */
@Command(name = "certify", mixinStandardHelpOptions = true,
        description = {"Chứng thực trọn gói: cấp số trong sổ, dựng bản sao, ký cán bộ rồi cơ quan, hoàn tất sổ. "
                + "Số và quyển trong FACTS.json do sổ cấp lại. Lỗi sau khi cấp số: số được ghi HỦY.",
                "Build, sign and register in one step: the register allocates the number (the facts' number and "
                        + "book are replaced); a failure after allocation leaves the number VOID, never a hole.",
                "Người chứng thực (CN, T) và cơ quan (CN) lấy từ chứng thư số; dữ kiện ghi khác thì bị từ chối.",
                "The certifier (CN, T) and the body (CN) come from the certificates; facts that differ are refused."},
        footer = {"", "--batch FILE: JSON Lines, mỗi dòng / one line per document:",
                "  {\"id\": \"HS-0001\", \"scans\": [\"a.jpg\"], \"facts\": \"facts.json\", \"out\": \"out/0001.pdf\"}",
                "Chạy lại để tiếp tục sau khi gián đoạn / run again to resume after an interruption."})
final class CertifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "DB",
            description = "Sổ chứng thực: tệp H2 hoặc jdbc:postgresql:... / the register: H2 file or JDBC URL")
    String db;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    static final class Input {
        @ArgGroup(exclusive = false)
        Single single;

        @Option(names = "--batch", paramLabel = "FILE", description = "Lô tài liệu (JSON Lines) / batch file (JSON Lines)")
        Path batch;
    }

    static final class Single {
        @Option(names = "--scan", required = true, paramLabel = "FILE", description = "Ảnh quét theo thứ tự trang / scans in page order")
        List<Path> scans;

        @Option(names = "--facts", required = true, paramLabel = "FACTS.json", description = "Thông tin chứng thực / certification facts")
        Path facts;

        @Option(names = "--out", required = true, paramLabel = "COPY.pdf", description = "Bản sao đã ký / the signed copy")
        Path out;
    }

    @Option(names = "--officer-pkcs12", paramLabel = "P12", description = "Khóa cán bộ / officer's key (not needed for master-register copies)")
    Path officerPkcs12;

    @Option(names = "--authority-pkcs12", required = true, paramLabel = "P12", description = "Khóa cơ quan / authority's seal key")
    Path authorityPkcs12;

    @Option(names = "--password-file", required = true, paramLabel = "FILE",
            description = "Mật khẩu các tệp khóa (dòng đầu) / the key files' password (first line)")
    Path passwordFile;

    @Option(names = "--level", defaultValue = "B-B", description = "B-B | B-T | B-LT | B-LTA (mặc định / default: ${DEFAULT-VALUE})")
    String level;

    @Option(names = "--tsa", paramLabel = "URL", description = "Địa chỉ TSA / time-stamp authority (B-T and above)")
    String tsa;

    @Option(names = "--title-attribute", paramLabel = "ATTR",
            description = "Thuộc tính chức danh trong chứng thư cán bộ (mặc định T) / the officer certificate's "
                    + "attribute holding the title (default T)")
    String titleAttribute;

    @Option(names = "--trust", paramLabel = "ROOT.pem", description = "Chứng thư gốc tin cậy / trust anchor (B-LT and above)")
    Path[] trust;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        char[] password = PasswordFiles.read(passwordFile);
        try (CertificationRegister register = CertificationRegister.open(db)) {
            PadesSigner.Builder signer = PadesSigner.builder().level(Level.parse(level));
            if (tsa != null) {
                signer.tsa(tsa);
            }
            if (trust != null) {
                signer.trustAnchors(trust);
            }
            CertificationWorkflow desk = new CertificationWorkflow(register, signer.build(),
                    officerPkcs12 == null ? null : SigningKey.pkcs12(officerPkcs12, password),
                    SigningKey.pkcs12(authorityPkcs12, password));
            if (tsa != null) {
                desk = desk.withTsaCheck(tsa); // an unreachable TSA is found before a number is taken
            }
            if (titleAttribute != null) {
                desk = desk.withTitleAttribute(titleAttribute);
            }
            if (input.batch != null) {
                return runBatch(desk, register, out, err);
            }
            CertificationWorkflow.Outcome done;
            try {
                // the certifier and the body come from the keys: the facts may leave them out, not contradict them
                done = desk.certify(input.single.scans, FactsInput.read(input.single.facts, desk.signers()),
                        input.single.out);
            } catch (CertificationRefusedException e) {
                err.println("bansao certify: " + e.code() + ": " + UserErrors.describe(e));
                return BuildCommand.EXIT_REFUSED;
            }
            done.signing().warnings().forEach(w -> err.println("bansao certify: cảnh báo / warning: " + w));
            out.println("Đã chứng thực / certified: số / number " + done.entry().number().format()
                    + " → " + input.single.out);
            out.println("SHA-256: " + done.signedSha256());
            return 0;
        } finally {
            SigningKey.wipe(password);
        }
    }

    private int runBatch(CertificationWorkflow desk, CertificationRegister register, PrintWriter out, PrintWriter err)
            throws Exception {
        BatchCertification batch = new BatchCertification(desk, register, input.batch);
        BatchCertification.Summary summary = batch.run((done, total, id) -> {
            int width = 30;
            int filled = total == 0 ? width : done * width / total;
            err.printf("\r[%s%s] %d/%d %s   ", "#".repeat(filled), ".".repeat(width - filled), done, total, id);
            err.flush();
        });
        err.println();
        out.printf("Lô / batch: %d tài liệu / documents; chứng thực mới / certified %d; đã có / already done %d; "
                + "lỗi / failed %d%n", summary.total(), summary.certified(), summary.skipped(), summary.failures().size());
        summary.failures().forEach(f -> out.println("  ✗ " + f.id() + ": " + f.reason()));
        out.println("Nhật ký / journal: " + batch.journal());
        return summary.failures().isEmpty() ? 0 : 1;
    }
}

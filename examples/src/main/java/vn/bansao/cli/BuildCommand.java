package vn.bansao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.bansao.core.CertifiedCopy;
import vn.bansao.core.ScanRejectedException;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.StatementTemplate;
import vn.bansao.core.read.CertifiedCopyContents;
import vn.bansao.core.read.CertifiedCopyReader;
import vn.bansao.signing.SigningKey;
import vn.bansao.certification.CertificationRefusedException;
import vn.bansao.certification.FactsInput;
import vn.bansao.certification.SignerStatement;

/**
 * {@code bansao build}: Dựng bản sao PDF/A từ ảnh quét / Build the certified-copy PDF/A from scans.
 *
 * <pre>{@code
 * ./bansao build --scan trang1.jpg --scan trang2.png --facts examples/samples/facts.json --out ban-sao.pdf
 * }</pre>
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Dựng bản sao PDF/A-3u (chưa ký) từ ảnh quét / Build the unsigned certified-copy PDF/A-3u from scans.",
            "Ảnh giữ nguyên, không nén lại mất dữ liệu; trang chứng thực ở cuối với ô ký bansao_officer, bansao_authority.",
            "Scans are kept lossless; the certification page comes last with signature fields bansao_officer, bansao_authority."},
        footer = {"",
            "FACTS.json (mẫu / sample: examples/samples/facts.json; ngày yyyy-MM-dd; fee (VND), portalUrl tùy chọn / optional):",
            "  { \"kind\": \"FROM_ORIGINAL\" | \"FROM_MASTER_REGISTER\", \"number\": 123, \"book\": \"01/2026-SCT/BS\",",
            "    \"registerType\": \"SCT/BS\", \"date\": \"2026-11-22\",",
            "    \"certifyingBody\": {\"name\": \"UBND Phường Bến Nghé\", \"agencyCode\": \"000.00.12.H29\"},",
            "    \"requester\": {\"name\": \"Nguyễn Văn An\", \"id\": \"079123456789\"},",
            "    \"original\": {\"title\": \"Bằng tốt nghiệp\", \"issuer\": \"Trường ĐH Cần Thơ\", \"number\": \"A123456\", \"date\": \"2010-07-01\"},",
            "    \"pages\": 2, \"copies\": 1, \"certifier\": {\"name\": \"Nguyễn Thị Hương\", \"title\": \"Công chức Tư pháp - Hộ tịch\"},",
            "    \"fee\": 4000, \"portalUrl\": \"https://dichvucong.example.gov.vn/xac-minh\" }",
            "Với --officer-pkcs12/--authority-pkcs12: họ tên, chức danh, tên cơ quan có thể bỏ trống (lấy từ chứng thư);",
            "  ghi khác chứng thư thì bị từ chối (STATEMENT_MISMATCH).",
            "With --officer-pkcs12/--authority-pkcs12: certifier name, title and body may be left out (taken from the",
            "  certificates); facts that differ from them are refused (STATEMENT_MISMATCH).",
            "",
            "Mã thoát / exit: 0 thành công / success; 1 đầu vào bị từ chối / input refused; 2 lỗi / error."})
final class BuildCommand implements Callable<Integer> {

    static final int EXIT_REFUSED = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--scan", required = true, arity = "1..*", paramLabel = "FILE",
            description = "Ảnh quét theo thứ tự trang (JPEG, PNG, TIFF, JPEG 2000, GIF, PDF) / scans in page order")
    List<Path> scans;

    @Option(names = "--facts", required = true, paramLabel = "FACTS.json",
            description = "Dữ kiện chứng thực (JSON, xem dưới) / certification facts (JSON, see below)")
    Path facts;

    @Option(names = "--out", required = true, paramLabel = "COPY.pdf", description = "Tệp kết quả / output file")
    Path out;

    @Option(names = "--officer-pkcs12", paramLabel = "P12",
            description = "Khóa cán bộ sẽ ký: họ tên (CN), chức danh (T) in trong lời chứng lấy từ chứng thư / "
                    + "the officer who will sign: the statement's certifier name (CN) and title (T) come from it")
    Path officerPkcs12;

    @Option(names = "--authority-pkcs12", paramLabel = "P12",
            description = "Con dấu cơ quan sẽ ký: tên cơ quan (CN) lấy từ chứng thư / "
                    + "the seal that will sign: the certifying body's name (CN) comes from it")
    Path authorityPkcs12;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Mật khẩu các tệp khóa (dòng đầu) / the key files' password (first line)")
    Path passwordFile;

    @Option(names = "--title-attribute", paramLabel = "ATTR",
            description = "Thuộc tính chức danh trong chứng thư cán bộ (mặc định T) / the officer certificate's "
                    + "attribute holding the title (default T)")
    String titleAttribute;

    @Option(names = "--template", paramLabel = "FILE",
            description = "Mẫu lời chứng, mỗi dòng một dòng in (UTF-8) / statement template, one printed line per line")
    Path template;

    @Option(names = "--allow-flatten-transparency",
            description = "Làm phẳng ảnh trong suốt trên nền trắng thay vì từ chối / flatten transparency on white")
    boolean allowFlatten;

    @Option(names = "--document-id", paramLabel = "UUID", description = "Mã tài liệu cố định / fixed document UUID")
    UUID documentId;

    @Option(names = "--created", paramLabel = "INSTANT",
            description = "Thời điểm tạo (ISO-8601, để dựng lặp lại được) / creation time for reproducible builds")
    Instant created;

    @Override
    public Integer call() throws Exception {
        CertificationFacts f;
        SignerStatement signers = signers();
        try {
            f = FactsInput.read(facts, signers);
        } catch (IllegalArgumentException | com.fasterxml.jackson.core.JacksonException e) {
            return refuse(facts + ": " + UserErrors.describe(e));
        }
        try {
            f = signers.apply(f); // the statement names the signers, or the build is refused
        } catch (CertificationRefusedException e) {
            return refuse(e.code() + ": " + UserErrors.describe(e));
        }
        CertifiedCopy.Builder b = CertifiedCopy.builder().scans(scans).facts(f).allowFlattenTransparency(allowFlatten);
        if (template != null) {
            b.template(StatementTemplate.of(Files.readAllLines(template)));
        }
        if (documentId != null) {
            b.documentId(documentId);
        }
        if (created != null) {
            b.clock(Clock.fixed(created, ZoneOffset.UTC));
        }
        try {
            b.build().writeTo(out);
        } catch (ScanRejectedException | IllegalArgumentException e) {
            return refuse(UserErrors.describe(e));
        }
        CertifiedCopyContents c = CertifiedCopyReader.read(out);
        spec.commandLine().getOut().println(out + ": " + c.pageCount() + " trang / pages, PDF/A-" + c.pdfaPart()
                + c.pdfaConformance().toLowerCase() + ", " + c.manifest().pages().size() + " trang quét / scanned");
        return 0;
    }

    /** The certificates of the keys given (none: the facts' names are printed as stated). */
    private SignerStatement signers() {
        if ((officerPkcs12 != null || authorityPkcs12 != null) && passwordFile == null) {
            throw new IllegalArgumentException("--officer-pkcs12/--authority-pkcs12 cần --password-file / need --password-file");
        }
        char[] password = passwordFile == null ? new char[0] : PasswordFiles.read(passwordFile);
        try {
            SignerStatement s = SignerStatement.of(
                    Optional.ofNullable(officerPkcs12).map(p -> SigningKey.pkcs12(p, password).certificate()),
                    Optional.ofNullable(authorityPkcs12).map(p -> SigningKey.pkcs12(p, password).certificate()));
            return titleAttribute == null ? s : s.withTitleAttribute(titleAttribute);
        } finally {
            SigningKey.wipe(password);
        }
    }

    private int refuse(String message) {
        spec.commandLine().getErr().println("bansao build: " + message.lines().findFirst().orElse(""));
        return EXIT_REFUSED;
    }
}

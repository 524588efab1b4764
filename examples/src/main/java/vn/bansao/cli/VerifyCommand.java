package vn.bansao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.bansao.verify.CopyVerifier;
import vn.bansao.verify.Language;
import vn.bansao.verify.NetworkPolicy;
import vn.bansao.verify.TrustAnchors;
import vn.bansao.verify.TrustConfigurationException;
import vn.bansao.verify.Verdict;
import vn.bansao.verify.VerificationReport;
import vn.bansao.verify.VietnamRoots;

/**
 * {@code bansao verify}: Kiểm tra bản sao nhận được / Verify received copies.
 *
 * <pre>{@code
 * bansao verify --trust root.pem ban-sao-1.pdf ban-sao-2.pdf
 * bansao verify --trust root.pem received/          # every *.pdf in the folder and its sub-folders
 * bansao verify --json --lang en --vietnam-roots /opt/vietnam-ca-certs --register register.mv.db copy.pdf
 * bansao verify --trust root.pem --directory register-directory.json --checkpoint-memory ~/.bansao/checkpoints copy.pdf
 * }</pre>
 * With {@code --directory}, each copy is checked against its issuing agency's register over HTTP (only the
 * directory's hosts are contacted; no URL is taken from a copy), remembering accepted checkpoints in
 * {@code --checkpoint-memory} so that a register that later rewrites its history is caught.
 * Exit code 0 when every file is VALID, 1 when any is INVALID, 2 otherwise (INDETERMINATE or an input error:
 * a file that cannot be read is reported as an input error, never as an invalid copy).
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Kiểm tra bản sao nhận được / Verify received copies",
                "Mã thoát / exit: 0 tất cả hợp lệ / all VALID; 1 có tệp không hợp lệ / any INVALID; 2 còn lại / otherwise"})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Xuất JSON (mảng, mỗi tệp một đối tượng) / JSON output (array, one object per file)")
    boolean json;

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi", description = "vi | en (mặc định / default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--trust", paramLabel = "FILE_OR_DIR", description = "Chứng thư gốc tin cậy: tệp PEM/DER/PKCS#12 hoặc thư mục / trust anchor file or folder")
    List<Path> trust = new ArrayList<>();

    @Option(names = "--vietnam-roots", paramLabel = "DIR", description = "Thư mục chứng thư gốc Việt Nam (kiểm tra dấu vân tay) / folder of the Vietnamese roots (fingerprint-pinned)")
    Path vietnamRoots;

    @Option(names = "--register", paramLabel = "DB", description = "Sổ chứng thực để đối chiếu / certification register to check against")
    String register;

    @Option(names = "--register-key", paramLabel = "KEY",
            description = "Khóa công khai điểm kiểm tra của sổ (C2SP note) / the register's checkpoint verifier key")
    String registerKey;

    @Option(names = "--directory", paramLabel = "JSON",
            description = "Danh bạ sổ chứng thực của các cơ quan (đối chiếu qua mạng) / register directory (remote register check)")
    Path directory;

    @Option(names = "--checkpoint-memory", paramLabel = "DIR",
            description = "Thư mục ghi nhớ điểm kiểm đã chấp nhận / folder remembering accepted checkpoints")
    Path checkpointMemory;

    @Option(names = "--allow-host", paramLabel = "HOST", description = "Cho phép tải OCSP/CRL từ máy chủ này / allow OCSP/CRL downloads from this host")
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--etsi", description = "Kèm báo cáo ETSI TS 119 102-2 (XML) trong JSON / include the ETSI XML report in JSON")
    boolean etsi;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR",
            description = "Tệp PDF hoặc thư mục chứa tệp PDF cần kiểm tra / PDF files, or folders of PDF files, to verify")
    List<Path> files;

    /** Folders deeper than this are not walked (a link loop or a whole disk given by mistake). */
    private static final int MAX_DEPTH = 16;

    @Override
    public Integer call() {
        Language language;
        try {
            language = Language.parse(lang);
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        }
        List<Path> inputs = new ArrayList<>();
        for (Path f : files) {
            if (java.nio.file.Files.isDirectory(f)) {
                List<Path> found;
                try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(f, MAX_DEPTH)) {
                    found = walk.filter(java.nio.file.Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf"))
                            .sorted().toList();
                } catch (java.io.IOException | java.io.UncheckedIOException e) {
                    return fail(UserErrors.describe(e));
                }
                if (found.isEmpty()) {
                    return fail("Thư mục không có tệp PDF nào: " + f + " / no PDF file in the folder: " + f);
                }
                inputs.addAll(found);
            } else if (!java.nio.file.Files.exists(f)) {
                return fail("Không tìm thấy tệp: " + f + " / no such file: " + f);
            } else {
                inputs.add(f); // unreadable files are reported one by one as input errors
            }
        }
        CopyVerifier.Builder builder = CopyVerifier.builder().etsiReport(etsi);
        try {
            TrustAnchors anchors = TrustAnchors.none();
            if (!trust.isEmpty()) {
                anchors = anchors.and(TrustAnchors.fromPaths(trust.toArray(Path[]::new)));
            }
            if (vietnamRoots != null) {
                anchors = anchors.and(VietnamRoots.load(vietnamRoots));
            }
            builder.trustAnchors(anchors);
        } catch (TrustConfigurationException e) {
            return fail(UserErrors.describe(e));
        }
        if (!allowHosts.isEmpty()) {
            builder.network(NetworkPolicy.allowHosts(allowHosts.toArray(String[]::new)));
        }
        if (directory != null && register != null) {
            return fail("--directory và --register không dùng cùng nhau / --directory and --register exclude each other");
        }
        if (checkpointMemory != null && directory == null) {
            return fail("--checkpoint-memory cần --directory / --checkpoint-memory needs --directory");
        }
        if (directory != null) {
            try {
                builder.registerDirectory(vn.bansao.verify.RegisterDirectory.fromJson(directory));
                if (checkpointMemory != null) {
                    builder.checkpointMemory(vn.bansao.verify.CheckpointMemory.inDirectory(checkpointMemory));
                }
            } catch (java.io.IOException | RuntimeException e) {
                return fail(UserErrors.describe(e));
            }
        }
        vn.bansao.register.CertificationRegister opened = null;
        if (register != null) {
            try {
                opened = RegisterOption.configure(builder, register, registerKey);
            } catch (RuntimeException e) {
                return fail(UserErrors.describe(e));
            }
        }
        try {
            CopyVerifier verifier = builder.build();
            int threads = Math.max(1, Math.min(inputs.size(), Runtime.getRuntime().availableProcessors()));
            List<VerificationReport> reports = verifier.verifyAll(inputs, threads);
            print(reports, language);
            return exitCode(reports);
        } finally {
            if (opened != null) {
                opened.close();
            }
        }
    }

    static int exitCode(List<VerificationReport> reports) {
        if (reports.stream().allMatch(r -> r.verdict() == Verdict.VALID)) {
            return 0;
        }
        return reports.stream().anyMatch(r -> r.verdict() == Verdict.INVALID) ? 1 : OneLineErrors.EXIT_ERROR;
    }

    private void print(List<VerificationReport> reports, Language language) {
        if (json) {
            spec.commandLine().getOut().println(VerificationReport.toJsonArray(reports));
        } else {
            for (int i = 0; i < reports.size(); i++) {
                if (i > 0) {
                    spec.commandLine().getOut().println();
                }
                spec.commandLine().getOut().print(reports.get(i).toText(language));
            }
        }
        spec.commandLine().getOut().flush();
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("bansao verify: " + message.lines().findFirst().orElse(message));
        return OneLineErrors.EXIT_ERROR;
    }
}

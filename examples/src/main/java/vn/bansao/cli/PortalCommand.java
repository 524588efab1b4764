package vn.bansao.cli;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.bansao.portal.PortalConfig;
import vn.bansao.portal.PortalServer;
import vn.bansao.signing.SigningKey;
import vn.bansao.testkit.TestPki;
import vn.bansao.verify.TrustAnchors;

/**
 * {@code bansao portal}: Chạy cổng tích hợp mẫu / Run the portal integration example.
 *
 * <pre>{@code
 * bansao portal --demo-pki                                   # everything on a throwaway test PKI
 * BANSAO_KEY_PASSWORD=... bansao portal --db so-chung-thuc --trust root.pem \
 *     --officer-pkcs12 officer.p12 --authority-pkcs12 seal.p12 --tsa http://tsa.example.vn
 * }</pre>
 */
@Command(name = "portal", mixinStandardHelpOptions = true,
        description = {
                "Chạy cổng tích hợp mẫu: REST API và trang xác minh bản sao (/xac-minh).",
                "Run the portal integration example: the REST API and the verification page (/xac-minh)."})
final class PortalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Địa chỉ lắng nghe / bind address (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Cổng / port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Tệp H2 của sổ chứng thực / register H2 file (default: in memory)")
    Path db;

    @Option(names = "--trust", paramLabel = "PEM", split = ",",
            description = "Chứng thư gốc tin cậy / trust anchors (PEM or DER files)")
    List<Path> trust = new ArrayList<>();

    @Option(names = "--officer-pkcs12", paramLabel = "FILE",
            description = "Khóa của người thực hiện chứng thực / officer's PKCS#12 (password in $BANSAO_KEY_PASSWORD)")
    Path officerP12;

    @Option(names = "--authority-pkcs12", paramLabel = "FILE",
            description = "Khóa của cơ quan / authority's seal PKCS#12 (password in $BANSAO_KEY_PASSWORD)")
    Path authorityP12;

    /** The names of earlier releases, kept working but out of the help: every command now says --*-pkcs12. */
    @Option(names = "--officer-p12", hidden = true, paramLabel = "FILE")
    void officerP12Alias(Path file) {
        officerP12 = file;
    }

    @Option(names = "--authority-p12", hidden = true, paramLabel = "FILE")
    void authorityP12Alias(Path file) {
        authorityP12 = file;
    }

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Mật khẩu các tệp khóa (dòng đầu), như bansao sign / the key files' password (first line), "
                    + "as for bansao sign; else $BANSAO_KEY_PASSWORD")
    Path passwordFile;

    @Option(names = "--tsa", paramLabel = "URL", description = "Dịch vụ cấp dấu thời gian / RFC 3161 TSA URL")
    String tsa;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "Địa chỉ công khai của trang xác minh, in vào mã QR / public address of /xac-minh for QR codes")
    String publicUrl;

    @Option(names = "--demo-pki",
            description = "Dùng PKI thử nghiệm (TSA/OCSP/CRL trên 127.0.0.1) / use a throwaway test PKI with loopback servers")
    boolean demoPki;

    @Option(names = "--max-upload-mb", defaultValue = "32",
            description = "Dung lượng tải lên tối đa (MiB) / upload limit (default: ${DEFAULT-VALUE})")
    int maxUploadMb;

    @Override
    public Integer call() throws Exception {
        PortalConfig.Builder config = PortalConfig.builder()
                .host(host)
                .port(port)
                .registerDatabase(db)
                .publicUrl(publicUrl)
                .maxUploadBytes((long) maxUploadMb << 20);
        List<X509Certificate> anchors = new ArrayList<>(trust.isEmpty()
                ? List.of() : TrustAnchors.fromPaths(trust.toArray(Path[]::new)).anchors());
        TestPki pki = null;
        if (demoPki) {
            pki = TestPki.start();
            anchors.add(pki.root().certificate());
            config.signingKeys(SigningKey.of(pki.officer().privateKey(), pki.officer().chain()),
                            SigningKey.of(pki.authority().privateKey(), pki.authority().chain()))
                    .tsa(pki.tsaUrl());
        } else if (officerP12 != null || authorityP12 != null) {
            if (officerP12 == null || authorityP12 == null) {
                throw new ParameterException(spec.commandLine(),
                        "cần cả --officer-pkcs12 và --authority-pkcs12 / give both --officer-pkcs12 and --authority-pkcs12");
            }
            String fromEnv = System.getenv("BANSAO_KEY_PASSWORD");
            if (passwordFile == null && fromEnv == null) {
                throw new ParameterException(spec.commandLine(), "cần --password-file hoặc biến BANSAO_KEY_PASSWORD"
                        + " / give --password-file or set BANSAO_KEY_PASSWORD");
            }
            char[] password = passwordFile != null ? PasswordFiles.read(passwordFile) : fromEnv.toCharArray();
            config.signingKeys(SigningKey.pkcs12(officerP12, password), SigningKey.pkcs12(authorityP12, password));
        }
        if (tsa != null) {
            config.tsa(tsa);
        }
        config.trustAnchors(anchors);
        try (PortalServer portal = PortalServer.start(config.build())) {
            Runtime.getRuntime().addShutdownHook(new Thread(portal::close, "portal-shutdown"));
            spec.commandLine().getOut().println("bansao portal: " + portal.uri().resolve("/xac-minh")
                    + "  (Ctrl+C để dừng / to stop)");
            if (pki != null) {
                spec.commandLine().getOut().println("  PKI thử nghiệm / test PKI: TSA " + pki.tsaUrl()
                        + " — KHÔNG dùng cho bản sao thật / never for real copies");
            }
            spec.commandLine().getOut().flush();
            portal.awaitStop();
        } finally {
            if (pki != null) {
                pki.close();
            }
        }
        return 0;
    }
}

package vn.bansao.cli;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.read.CertifiedCopyReader;
import vn.bansao.signing.AppearanceProfile;
import vn.bansao.signing.Level;
import vn.bansao.signing.PadesSigner;
import vn.bansao.signing.Role;
import vn.bansao.signing.SigningException;
import vn.bansao.signing.SigningKey;
import vn.bansao.signing.SigningResult;
import vn.bansao.certification.CertificationRefusedException;
import vn.bansao.certification.SignerStatement;

/**
 * {@code bansao sign}: Ký số PAdES (cán bộ, cơ quan) / PAdES-sign a copy (officer, authority).
 *
 * <pre>{@code
 * bansao sign --in copy.pdf --out signed.pdf --officer-pkcs12 officer.p12 --password-file pw.txt \
 *     --level B-LT --tsa http://127.0.0.1:8081/tsa --trust root.pem
 * bansao sign --in signed.pdf --out both.pdf --authority-pkcs12 seal.p12 --password-file pw.txt --level B-B
 * (--pkcs12 KEY.p12 --role officer|authority is the same, with the role apart)
 * }</pre>
 */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = {"Ký số PAdES (cán bộ, cơ quan) / PAdES-sign a copy (officer, authority)",
                "Bản sao có lời chứng ghi người/cơ quan khác chứng thư số thì không ký (STATEMENT_MISMATCH).",
                "A copy whose statement names another certifier or body than the certificate is not signed."})
final class SignCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, description = "Tệp PDF cần ký / PDF to sign")
    Path in;

    @Option(names = "--out", required = true, description = "Tệp PDF đã ký / signed PDF (written atomically)")
    Path out;

    @Option(names = "--pkcs12", paramLabel = "P12", description = "Tệp khóa PKCS#12, vai trò theo --role / PKCS#12 key file, role from --role")
    Path pkcs12;

    /** The names `certify` and `portal` use: the key's role is in the option's name. */
    @Option(names = "--officer-pkcs12", paramLabel = "P12", description = "Khóa cán bộ (vai trò officer) / officer's key (role officer)")
    void officerPkcs12(Path file) {
        pkcs12 = file;
        role = "officer";
    }

    @Option(names = "--authority-pkcs12", paramLabel = "P12", description = "Khóa cơ quan (vai trò authority) / authority's seal key (role authority)")
    void authorityPkcs12(Path file) {
        pkcs12 = file;
        role = "authority";
    }


    @Option(names = "--password-file", required = true,
            description = "Tệp chứa mật khẩu (dòng đầu) / file holding the password (first line)")
    Path passwordFile;

    // no picocli default: it would overwrite the role that --authority-pkcs12 sets
    @Option(names = "--role", description = "officer | authority (mặc định / default: officer)")
    String role;

    @Option(names = "--level", defaultValue = "B-B", description = "B-B | B-T | B-LT | B-LTA (mặc định / default: ${DEFAULT-VALUE})")
    String level;

    @Option(names = "--tsa", description = "Địa chỉ TSA / time-stamp authority URL (B-T and above)")
    String tsa;

    @Option(names = "--trust", description = "Chứng thư gốc tin cậy (PEM) / trust anchor PEM (B-LT and above)")
    Path[] trust;

    @Option(names = "--appearance", defaultValue = "default", description = "default | compact | invisible")
    String appearance;

    @Option(names = "--strict", description = "Từ chối ký khi không kiểm tra được thu hồi / refuse when revocation cannot be checked")
    boolean strict;

    @Override
    public Integer call() {
        if (pkcs12 == null) {
            return fail("cần khóa: --officer-pkcs12, --authority-pkcs12 hoặc --pkcs12 / a key is needed: "
                    + "--officer-pkcs12, --authority-pkcs12 or --pkcs12");
        }
        char[] password = PasswordFiles.read(passwordFile);
        try {
            Level lvl = Level.parse(level);
            Role r = Role.parse(role == null ? "officer" : role);
            if (lvl.timestamped() && tsa == null) {
                return fail("Mức " + lvl.label() + " cần --tsa / level " + lvl.label() + " needs --tsa");
            }
            if (lvl.longTerm() && (trust == null || trust.length == 0)) {
                return fail("Mức " + lvl.label() + " cần --trust / level " + lvl.label() + " needs --trust ROOT.pem");
            }
            PadesSigner.Builder builder = PadesSigner.builder().level(lvl).tsa(tsa).strict(strict)
                    .appearance(AppearanceProfile.named(appearance));
            if (trust != null) {
                builder.trustAnchors(trust);
            }
            PadesSigner signer = builder.build();
            SigningKey key = SigningKey.pkcs12(pkcs12, password);
            Optional<String> mismatch = statementMismatch(key, r);
            if (mismatch.isPresent()) {
                return fail(mismatch.get());
            }
            SigningResult result = signer.sign(in, out, key, r);
            for (String w : result.warnings()) {
                spec.commandLine().getErr().println("bansao sign: cảnh báo / warning: " + w);
            }
            spec.commandLine().getOut().println("Đã ký / signed: " + out + " (" + result.field() + ", " + result.level().label()
                    + ", " + result.signerName() + ")");
            return 0;
        } catch (SigningException e) {
            return fail(UserErrors.describe(e) + " [" + e.cause() + "]");
        } catch (IllegalArgumentException | IllegalStateException e) {
            return fail(e.getMessage());
        } finally {
            SigningKey.wipe(password);
        }
    }

    /**
     * A bansao copy whose statement names another certifier (or body) than this key's certificate is not signed:
     * the signature would sit under someone else's name. Any other PDF is signed as asked.
     */
    private Optional<String> statementMismatch(SigningKey key, Role r) {
        CertificationFacts facts;
        try {
            facts = CertifiedCopyReader.read(in).facts();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        Optional<X509Certificate> cert = Optional.of(key.certificate());
        SignerStatement signers = r == Role.OFFICER ? SignerStatement.of(cert, Optional.empty())
                : SignerStatement.of(Optional.empty(), cert);
        try {
            signers.apply(facts);
            return Optional.empty();
        } catch (CertificationRefusedException e) {
            return Optional.of(e.code() + ": " + UserErrors.describe(e));
        }
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("bansao sign: " + message.lines().findFirst().orElse(message));
        return OneLineErrors.EXIT_ERROR;
    }
}

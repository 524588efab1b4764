package vn.bansao.certification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import vn.bansao.signing.SigningKey;

/**
 * What must work before the register gives out a number: each scan is readable, each key can sign (a probe signature, verified with its
 * certificate's public key: a removed token or a key that does not match its certificate is caught here), and the
 * TSA answers a real RFC 3161 request when the level needs a time-stamp. A failure here costs no number.
 *
 * <pre>{@code
 * Preflight.checkKey(officerKey, "cán bộ", "officer");
 * Preflight.checkTsa("http://127.0.0.1:8081/tsa", Duration.ofSeconds(10));
 * }</pre>
 */
final class Preflight {

    private static final byte[] PROBE = "bansao preflight".getBytes(StandardCharsets.US_ASCII);

    private Preflight() {
    }

    /**
     * Every scan is a readable regular file.
     *
     * @throws IllegalArgumentException naming the scan and the cause (no such file, is a directory, permission
     *                                  denied) in Vietnamese and English
     */
    public static void checkScans(List<Path> scans) {
        for (Path scan : scans) {
            if (Files.isDirectory(scan)) {
                throw new IllegalArgumentException("Ảnh quét là thư mục / the scan is a directory: " + scan);
            }
            if (!Files.exists(scan)) {
                throw new IllegalArgumentException("Không có ảnh quét / no such scan: " + scan);
            }
            if (!Files.isReadable(scan)) {
                throw new IllegalArgumentException("Không có quyền đọc ảnh quét / permission denied reading the scan: "
                        + scan);
            }
        }
    }

    /** Signs and verifies a probe with {@code key}. */
    public static void checkKey(SigningKey key, String whoVi, String whoEn) {
        String algorithm = switch (key.certificate().getPublicKey().getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default -> "SHA256withRSA";
        };
        try {
            Optional<java.security.Provider> provider = key.provider();
            Signature signing = provider.isPresent() ? Signature.getInstance(algorithm, provider.get())
                    : Signature.getInstance(algorithm);
            signing.initSign(key.privateKey());
            signing.update(PROBE);
            byte[] value = signing.sign();
            Signature check = Signature.getInstance(algorithm);
            check.initVerify(key.certificate().getPublicKey());
            check.update(PROBE);
            if (!check.verify(value)) {
                throw unusable(whoVi, whoEn, "khóa không khớp chứng thư số", "the key does not match its certificate", null);
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            if (e instanceof CertificationRefusedException refused) {
                throw refused;
            }
            throw unusable(whoVi, whoEn, "không ký thử được", "a probe signature failed", e);
        }
    }

    /** Asks the TSA for a time-stamp on a throwaway digest; refuses unless it grants one. */
    public static void checkTsa(String tsaUrl, Duration timeout) {
        TsaProbe.Result probe = TsaProbe.probe(tsaUrl, timeout);
        switch (probe.outcome()) {
            case GRANTED -> {
            }
            case REFUSED -> throw tsa(tsaUrl, "từ chối cấp dấu thời gian", "refused the time-stamp (" + probe.detail() + ")");
            case UNREACHABLE -> throw tsa(tsaUrl, "không trả lời được", "does not answer (" + probe.detail() + ")");
        }
    }

    private static CertificationRefusedException unusable(String whoVi, String whoEn, String vi, String en, Throwable e) {
        return new CertificationRefusedException(CertificationRefusedException.Code.KEY_UNUSABLE,
                "Khóa của " + whoVi + " không dùng được: " + vi, "the " + whoEn + "'s key is unusable: " + en, e);
    }

    private static CertificationRefusedException tsa(String url, String vi, String en) {
        return new CertificationRefusedException(CertificationRefusedException.Code.TSA_UNREACHABLE,
                "Máy chủ dấu thời gian " + url + " " + vi, "the time-stamp authority " + url + " " + en);
    }
}

package vn.bansao.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.bansao.common.LocalizedText;
import vn.bansao.verify.internal.VerifierText;
import vn.bansao.verify.internal.trust.Fingerprints;

/**
 * The Vietnamese roots as an opt-in bundle, <b>pinned by SHA-256 fingerprint</b>. bansao ships only the
 * fingerprints; the integrator gives the folder holding the certificate files (e.g. downloaded from
 * rootca.gov.vn and ca.gov.vn), and only files whose fingerprint matches a pin are used.
 *
 * <pre>{@code
 * TrustAnchors vn = VietnamRoots.load(Path.of("/opt/vietnam-ca-certs"));
 * CopyVerifier v = CopyVerifier.builder().trustAnchors(vn).build();
 * }</pre>
 */
public final class VietnamRoots {

    /** Roots trusted as anchors, by SHA-256 fingerprint (upper-case hex). */
    public static final Map<String, String> ROOT_PINS = Map.of(
            "BAC8BF609AB420A8EE1780D74F4DE5C7F7184959D2A7375B0A75E4C29F0908E7",
            "Vietnam National Root CA (NEAC, 2014-2039)",
            "F04BA4B459A7C9A1B971AD9B1CB833E695A80C79AEA63B174B66A70EDFE2FDB8",
            "RootCA chuyên dùng Chính phủ G2 (Ban Cơ yếu Chính phủ, 2018-2048)");

    /** Intermediates used to complete chains (not trusted by themselves), by SHA-256 fingerprint. */
    public static final Map<String, String> INTERMEDIATE_PINS = Map.of(
            "D8CAB7A4AEF92E6BB2509D7C61CEE7B44F3731B2D21074963530277B366FAE4B",
            "CA phục vụ các cơ quan Nhà nước G2",
            "7D6BA5245317F9ED5D8BC765A4634D26AC6340D36B9F584DF3B52D9C4A81A306",
            "VNPT-CA SHA2",
            "BCE53BFC017DC917CCAC7F314BCDDF257C53EC8FFC0165F33A80558DEDED01F1",
            "FastCA SHA-256");

    private VietnamRoots() {
    }

    /**
     * Reads every certificate file of the folder and keeps those matching a pin; files that match no pin
     * are ignored (never trusted).
     *
     * @throws TrustConfigurationException when the folder cannot be read or no root matches a pin
     */
    public static TrustAnchors load(Path folder) {
        Map<String, X509Certificate> roots = new LinkedHashMap<>();
        List<X509Certificate> intermediates = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                String n = f.getFileName().toString();
                if (!Files.isRegularFile(f) || !(n.endsWith(".pem") || n.endsWith(".crt") || n.endsWith(".cer")
                        || n.endsWith(".der"))) {
                    continue;
                }
                for (X509Certificate c : TrustAnchors.readFile(f)) {
                    String fp = Fingerprints.sha256(c);
                    if (ROOT_PINS.containsKey(fp)) {
                        roots.put(fp, c);
                    } else if (INTERMEDIATE_PINS.containsKey(fp)) {
                        intermediates.add(c);
                    }
                }
            }
        } catch (IOException e) {
            throw new TrustConfigurationException(LocalizedText.of(VerifierText.CANNOT_READ_ROOT_FOLDER, folder), e);
        }
        if (roots.isEmpty()) {
            throw new TrustConfigurationException(LocalizedText.of(VerifierText.NO_ROOT_MATCHES_PINNED_FINGERPRINT, folder), null);
        }
        return TrustAnchors.of(roots.values()).withIntermediates(intermediates);
    }
}

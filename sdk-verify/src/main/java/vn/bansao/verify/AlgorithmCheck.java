package vn.bansao.verify;

import java.util.List;

/**
 * Algorithms of a signature checked against Circular 15/2025/TT-BKHCN: RSA keys of at least 2048 bits,
 * ECDSA keys of at least 256 bits, SHA-2 or SHA-3 digests, never SHA-1.
 *
 * <pre>{@code
 * if (!sig.algorithms().compliant()) System.out.println(sig.algorithms().problems());
 * }</pre>
 *
 * @param signatureAlgorithm e.g. {@code RSASSA-PSS}, {@code SHA256withRSA}, {@code SHA256withECDSA}
 * @param digestAlgorithm    e.g. {@code SHA-256}
 * @param keyAlgorithm       {@code RSA}, {@code EC}, {@code Ed448}...
 * @param keyBits            key size in bits
 * @param compliant          true when nothing below is listed
 * @param problems           what falls short, in English (codes shown in reports)
 */
public record AlgorithmCheck(String signatureAlgorithm, String digestAlgorithm, String keyAlgorithm, int keyBits,
                             boolean compliant, List<String> problems) {
    public AlgorithmCheck {
        problems = List.copyOf(problems);
    }
}

package vn.bansao.verify.internal.cms;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import vn.bansao.verify.AlgorithmCheck;

/**
 * Circular 15/2025/TT-BKHCN algorithm rules: RSA at least 2048 bits (RSASSA-PSS named, PKCS#1 v1.5 accepted
 * with a note), ECDSA at least 256 bits, digests SHA-2 or SHA-3, never SHA-1 or MD5; other key types
 * (EdDSA, DSA) are not listed by the Circular.
 *
 * <pre>{@code
 * AlgorithmCheck a = AlgorithmPolicy.check(digestOid, signatureOid, signer.getPublicKey());
 * }</pre>
 */
public final class AlgorithmPolicy {

    private static final Map<String, String> DIGESTS = Map.ofEntries(
            Map.entry(NISTObjectIdentifiers.id_sha224.getId(), "SHA-224"),
            Map.entry(NISTObjectIdentifiers.id_sha256.getId(), "SHA-256"),
            Map.entry(NISTObjectIdentifiers.id_sha384.getId(), "SHA-384"),
            Map.entry(NISTObjectIdentifiers.id_sha512.getId(), "SHA-512"),
            Map.entry(NISTObjectIdentifiers.id_sha3_256.getId(), "SHA3-256"),
            Map.entry(NISTObjectIdentifiers.id_sha3_384.getId(), "SHA3-384"),
            Map.entry(NISTObjectIdentifiers.id_sha3_512.getId(), "SHA3-512"),
            Map.entry(NISTObjectIdentifiers.id_shake256.getId(), "SHAKE256"),
            Map.entry(OIWObjectIdentifiers.idSHA1.getId(), "SHA-1"),
            Map.entry(PKCSObjectIdentifiers.md5.getId(), "MD5"));

    private static final Map<String, String> SIGNATURES = Map.ofEntries(
            Map.entry(PKCSObjectIdentifiers.rsaEncryption.getId(), "RSA"),
            Map.entry(PKCSObjectIdentifiers.id_RSASSA_PSS.getId(), "RSASSA-PSS"),
            Map.entry(PKCSObjectIdentifiers.sha256WithRSAEncryption.getId(), "SHA256withRSA"),
            Map.entry(PKCSObjectIdentifiers.sha384WithRSAEncryption.getId(), "SHA384withRSA"),
            Map.entry(PKCSObjectIdentifiers.sha512WithRSAEncryption.getId(), "SHA512withRSA"),
            Map.entry(PKCSObjectIdentifiers.sha1WithRSAEncryption.getId(), "SHA1withRSA"),
            Map.entry(X9ObjectIdentifiers.ecdsa_with_SHA256.getId(), "SHA256withECDSA"),
            Map.entry(X9ObjectIdentifiers.ecdsa_with_SHA384.getId(), "SHA384withECDSA"),
            Map.entry(X9ObjectIdentifiers.ecdsa_with_SHA512.getId(), "SHA512withECDSA"),
            Map.entry(X9ObjectIdentifiers.ecdsa_with_SHA1.getId(), "SHA1withECDSA"),
            Map.entry(X9ObjectIdentifiers.id_ecPublicKey.getId(), "ECDSA"),
            Map.entry(EdECObjectIdentifiers.id_Ed25519.getId(), "Ed25519"),
            Map.entry(EdECObjectIdentifiers.id_Ed448.getId(), "Ed448"));

    private AlgorithmPolicy() {
    }

    public static String digestName(String oid) {
        return DIGESTS.getOrDefault(oid, oid);
    }

    public static String signatureName(String oid) {
        return SIGNATURES.getOrDefault(oid, oid);
    }

    public static AlgorithmCheck check(String digestOid, String signatureOid, PublicKey key) {
        List<String> problems = new ArrayList<>();
        String digest = digestName(digestOid);
        String sig = signatureName(signatureOid);
        if (!(digest.startsWith("SHA-2") || digest.startsWith("SHA-3") || digest.startsWith("SHA-5")
                || digest.startsWith("SHA3-"))) {
            problems.add("digest " + digest + " is not SHA-2 or SHA-3");
        }
        if (sig.contains("SHA1")) {
            problems.add("signature algorithm " + sig + " uses SHA-1");
        }
        String keyAlg = key == null ? "unknown" : key.getAlgorithm();
        int bits = keyBits(key);
        if (key instanceof RSAPublicKey) {
            if (bits < 2048) {
                problems.add("RSA key of " + bits + " bits (at least 2048 required)");
            }
        } else if (key instanceof ECPublicKey) {
            keyAlg = "EC";
            if (bits < 256) {
                problems.add("ECDSA key of " + bits + " bits (at least 256 required)");
            }
        } else {
            problems.add("key algorithm " + keyAlg + " is not RSA or ECDSA");
        }
        if (!SIGNATURES.containsKey(signatureOid)) {
            problems.add("signature algorithm " + signatureOid + " is unknown");
        }
        return new AlgorithmCheck(sig, digest, keyAlg, bits, problems.isEmpty(), problems);
    }

    /**
     * Adds the chain's own algorithms: a certificate signed with SHA-1 or MD5, or an intermediate with a key
     * below the Circular's sizes, makes the signature non-compliant too (the anchor's self-signature is not
     * relied upon and is not judged).
     */
    public static AlgorithmCheck withChain(AlgorithmCheck signature, List<java.security.cert.X509Certificate> chain) {
        List<String> problems = new ArrayList<>(signature.problems());
        for (int i = 0; i + 1 < chain.size(); i++) {
            java.security.cert.X509Certificate c = chain.get(i);
            String alg = c.getSigAlgName().toUpperCase(java.util.Locale.ROOT);
            if (alg.contains("SHA1") || alg.contains("MD5") || alg.contains("SHA-1")) {
                problems.add("certificate " + c.getSubjectX500Principal().getName() + " is signed with " + c.getSigAlgName());
            }
            if (i > 0) {
                PublicKey k = c.getPublicKey();
                int bits = keyBits(k);
                if ((k instanceof RSAPublicKey && bits < 2048) || (k instanceof ECPublicKey && bits < 256)) {
                    problems.add("CA key of " + c.getSubjectX500Principal().getName() + " has " + bits + " bits");
                }
            }
        }
        if (problems.size() == signature.problems().size()) {
            return signature;
        }
        return new AlgorithmCheck(signature.signatureAlgorithm(), signature.digestAlgorithm(), signature.keyAlgorithm(),
                signature.keyBits(), false, problems);
    }

    public static int keyBits(PublicKey key) {
        if (key instanceof RSAPublicKey r) {
            return r.getModulus().bitLength();
        }
        if (key instanceof ECPublicKey e) {
            return e.getParams().getOrder().bitLength();
        }
        if (key != null && key.getAlgorithm().contains("448")) {
            return 448;
        }
        if (key != null && key.getAlgorithm().contains("25519")) {
            return 255;
        }
        return 0;
    }
}

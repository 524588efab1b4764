package vn.bansao.signing.internal;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import vn.bansao.common.LocalizedText;
import vn.bansao.signing.HashAlgorithm;
import vn.bansao.signing.RsaPadding;
import vn.bansao.signing.SigningException;
import vn.bansao.signing.SigningException.Cause;
import vn.bansao.signing.SigningText;

/**
 * The signature algorithm for a key: RSASSA-PSS or PKCS#1 v1.5 with RSA ≥ 2048 bits, ECDSA ≥ 256
 * bits, with SHA-256/384/512. Anything weaker is refused here, before a document is touched.
 */
public record SignatureScheme(String keyType, HashAlgorithm hash, RsaPadding padding) {

    public static final int MIN_RSA_BITS = 2048;
    public static final int MIN_EC_BITS = 256;

    /** Chooses the scheme for a public key, checking its strength. */
    public static SignatureScheme forKey(PublicKey key, HashAlgorithm hash, RsaPadding padding) {
        if (key instanceof RSAPublicKey rsa) {
            int bits = rsa.getModulus().bitLength();
            if (bits < MIN_RSA_BITS) {
                throw new SigningException(Cause.WEAK_KEY,
                        LocalizedText.of(SigningText.RSA_KEY_TOO_SHORT, bits, MIN_RSA_BITS), null);
            }
            return new SignatureScheme("RSA", hash, padding);
        }
        if (key instanceof ECPublicKey ec) {
            int bits = ec.getParams().getCurve().getField().getFieldSize();
            if (bits < MIN_EC_BITS) {
                throw new SigningException(Cause.WEAK_KEY,
                        LocalizedText.of(SigningText.EC_KEY_TOO_SHORT, bits, MIN_EC_BITS), null);
            }
            return new SignatureScheme("EC", hash, null);
        }
        throw new SigningException(Cause.WEAK_KEY,
                LocalizedText.of(SigningText.UNSUPPORTED_KEY_TYPE, key.getAlgorithm()), null);
    }

    /** JCA name, e.g. {@code SHA256withRSA}, {@code RSASSA-PSS}, {@code SHA384withECDSA}. */
    public String jcaName() {
        String h = hash.name().substring(3);
        if (keyType.equals("EC")) {
            return "SHA" + h + "withECDSA";
        }
        return padding == RsaPadding.PSS ? "RSASSA-PSS" : "SHA" + h + "withRSA";
    }

    /** The signature algorithm identifier written in the SignerInfo. */
    public AlgorithmIdentifier algorithmIdentifier() {
        if (keyType.equals("EC")) {
            ASN1ObjectIdentifier oid = switch (hash) {
                case SHA256 -> X9ObjectIdentifiers.ecdsa_with_SHA256;
                case SHA384 -> X9ObjectIdentifiers.ecdsa_with_SHA384;
                case SHA512 -> X9ObjectIdentifiers.ecdsa_with_SHA512;
            };
            return new AlgorithmIdentifier(oid);
        }
        if (padding == RsaPadding.PSS) {
            AlgorithmIdentifier h = new AlgorithmIdentifier(new ASN1ObjectIdentifier(hash.oid()), DERNull.INSTANCE);
            return new AlgorithmIdentifier(PKCSObjectIdentifiers.id_RSASSA_PSS, new RSASSAPSSparams(h,
                    new AlgorithmIdentifier(PKCSObjectIdentifiers.id_mgf1, h),
                    new ASN1Integer(hash.length()), new ASN1Integer(1)));
        }
        return new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE);
    }

    /** A JCA signature engine ready for this scheme ({@code provider} null: the default providers). */
    public Signature newSignature(Provider provider) throws GeneralSecurityException {
        Signature s = provider == null ? Signature.getInstance(jcaName()) : Signature.getInstance(jcaName(), provider);
        if (padding == RsaPadding.PSS && keyType.equals("RSA")) {
            try {
                s.setParameter(pssParameters());
            } catch (InvalidAlgorithmParameterException e) {
                throw e;
            }
        }
        return s;
    }

    PSSParameterSpec pssParameters() {
        MGF1ParameterSpec mgf = switch (hash) {
            case SHA256 -> MGF1ParameterSpec.SHA256;
            case SHA384 -> MGF1ParameterSpec.SHA384;
            case SHA512 -> MGF1ParameterSpec.SHA512;
        };
        return new PSSParameterSpec(hash.jcaName(), "MGF1", mgf, hash.length(), 1);
    }

    /** Whether {@code value} is a valid signature of {@code data} by {@code key}. */
    public boolean verify(PublicKey key, byte[] data, byte[] value) {
        try {
            Signature s = newSignature(null);
            s.initVerify(key);
            s.update(data);
            return s.verify(value);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** Upper bound of the signature value's size in bytes. */
    public int maxSignatureLength(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return (rsa.getModulus().bitLength() + 7) / 8;
        }
        int bytes = (((ECPublicKey) key).getParams().getCurve().getField().getFieldSize() + 7) / 8;
        return 2 * bytes + 9;
    }
}

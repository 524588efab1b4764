package vn.bansao.testkit.internal;

import java.security.PrivateKey;
import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * One BouncyCastle provider instance for the kit, used explicitly (never registered globally, so the kit does not
 * change which provider the code under test picks up).
 */
public final class Bc {

    public static final Provider PROVIDER = new BouncyCastleProvider();

    private Bc() {
    }

    public static ContentSigner signer(String jcaAlgorithm, PrivateKey key) {
        try {
            return new JcaContentSignerBuilder(jcaAlgorithm).setProvider(PROVIDER).build(key);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot sign with " + jcaAlgorithm, e);
        }
    }

    public static DigestCalculatorProvider digests() {
        try {
            return new JcaDigestCalculatorProviderBuilder().setProvider(PROVIDER).build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.bansao.verify.internal.cms;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * The digests of one file's signed ranges, computed once. Every signature of a certified copy signs the
 * same multi-megabyte prefix (the scans) plus a few kilobytes of its own: the prefix is hashed once per
 * algorithm and the digest state cloned for each signature and for the whole-file hash of the report,
 * instead of hashing the scans three times. Not thread-safe: one instance per verification.
 *
 * <pre>{@code
 * ContentDigests d = new ContentDigests(pdfBytes, sharedPrefixEnd);
 * byte[] digest = d.digest("2.16.840.1.101.3.4.2.1", byteRange);
 * }</pre>
 */
public final class ContentDigests {

    private final byte[] file;
    private final int sharedEnd;
    private final Map<String, MessageDigest> prefixes = new HashMap<>();

    /** {@code sharedEnd}: bytes [0, sharedEnd) are signed by every signature that will ask. */
    public ContentDigests(byte[] file, long sharedEnd) {
        this.file = file;
        this.sharedEnd = (int) Math.max(0, Math.min(sharedEnd, file.length));
    }

    private MessageDigest prefix(String oid) throws Exception {
        MessageDigest p = prefixes.get(oid);
        if (p == null) {
            p = newDigest(oid);
            p.update(file, 0, sharedEnd);
            prefixes.put(oid, p);
        }
        return (MessageDigest) p.clone();
    }

    static MessageDigest newDigest(String oid) throws Exception {
        try {
            return MessageDigest.getInstance(oid);
        } catch (java.security.NoSuchAlgorithmException e) {
            return MessageDigest.getInstance(oid, BouncyCastle.PROVIDER);
        }
    }

    /** Digest of the two ranges of a (well-formed, in-file) ByteRange. */
    public byte[] digest(String oid, long[] br) throws Exception {
        MessageDigest md;
        if (br[0] == 0 && br[1] >= sharedEnd) {
            md = prefix(oid);
            md.update(file, sharedEnd, (int) br[1] - sharedEnd);
        } else {
            md = newDigest(oid);
            md.update(file, (int) br[0], (int) br[1]);
        }
        md.update(file, (int) br[2], (int) br[3]);
        return md.digest();
    }

    /** SHA-256 of the whole file (upper-case hex). */
    public String fileSha256() {
        try {
            MessageDigest md = prefix("2.16.840.1.101.3.4.2.1");
            md.update(file, sharedEnd, file.length - sharedEnd);
            return vn.bansao.common.Sha256.toUpperHex(md.digest());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A BouncyCastle digest provider that answers with this file's precomputed range digest: BouncyCastle
     * still compares it with the signed messageDigest attribute (or verifies the raw signature with it).
     */
    DigestCalculatorProvider forRanges(long[] br) {
        return new DigestCalculatorProvider() {
            @Override
            public DigestCalculator get(AlgorithmIdentifier alg) throws OperatorCreationException {
                return new DigestCalculator() {
                    @Override
                    public AlgorithmIdentifier getAlgorithmIdentifier() {
                        return alg;
                    }

                    @Override
                    public OutputStream getOutputStream() {
                        return OutputStream.nullOutputStream();
                    }

                    @Override
                    public byte[] getDigest() {
                        try {
                            return digest(alg.getAlgorithm().getId(), br);
                        } catch (Exception e) {
                            throw new IllegalStateException("digest " + alg.getAlgorithm() + " unavailable", e);
                        }
                    }
                };
            }
        };
    }
}

package vn.bansao.testkit.internal;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.bansao.testkit.KeyType;

/**
 * Key pairs generated lazily and kept for the life of the JVM: an RSA 3072 key costs up to a second here, and a
 * test suite starts many PKIs. Keys are indexed per family (algorithm + size); one PKI never uses an index twice,
 * so its root, CAs and holders always have distinct keys, while two PKIs in one JVM may share them (harmless for
 * throwaway test certificates, whose serial numbers still differ).
 */
public final class KeyPool {

    private static final Map<String, List<KeyPair>> POOL = new ConcurrentHashMap<>();

    private KeyPool() {
    }

    static String family(KeyType type) {
        return type.keyAlgorithm() + "-" + type.keySize();
    }

    /** The {@code index}-th key of the type's family, generating it (and any before it) on first use. */
    public static KeyPair get(KeyType type, int index) {
        List<KeyPair> keys = POOL.computeIfAbsent(family(type), f -> new ArrayList<>());
        synchronized (keys) {
            while (keys.size() <= index) {
                keys.add(generate(type));
            }
            return keys.get(index);
        }
    }

    /**
     * Makes sure the first {@code count} keys of the type's family exist, generating the missing ones in parallel
     * (a PKI needs six at once; on two cores that halves a cold start).
     */
    public static void warm(KeyType type, int count) {
        List<KeyPair> keys = POOL.computeIfAbsent(family(type), f -> new ArrayList<>());
        int missing;
        synchronized (keys) {
            missing = count - keys.size();
        }
        if (missing <= 0) {
            return;
        }
        List<KeyPair> fresh = java.util.stream.IntStream.range(0, missing).parallel()
                .mapToObj(i -> generate(type)).toList();
        synchronized (keys) {
            for (KeyPair k : fresh) {
                if (keys.size() < count) {
                    keys.add(k);
                }
            }
        }
    }

    /** A new key pair that is never shared. */
    public static KeyPair generate(KeyType type) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(type.keyAlgorithm());
            if ("EC".equals(type.keyAlgorithm())) {
                g.initialize(new ECGenParameterSpec("secp256r1"));
            } else {
                g.initialize(type.keySize());
            }
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a " + type + " key", e);
        }
    }

    /** Hands out distinct pool indexes within one PKI. */
    public static final class Allocator {
        private final Map<String, Integer> next = new ConcurrentHashMap<>();
        private final java.util.Set<java.security.PublicKey> excluded = ConcurrentHashMap.newKeySet();

        public KeyPair next(KeyType type) {
            while (true) {
                int index = next.merge(family(type), 1, Integer::sum) - 1;
                KeyPair pair = get(type, index);
                if (!excluded.contains(pair.getPublic())) {
                    return pair;
                }
            }
        }

        /** Never hand out this key (it already belongs to a loaded identity). */
        public void exclude(java.security.PublicKey key) {
            excluded.add(key);
        }
    }
}

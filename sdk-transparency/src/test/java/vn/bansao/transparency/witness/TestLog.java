package vn.bansao.transparency.witness;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.List;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.transparency.merkle.MerkleTree;
import vn.bansao.transparency.merkle.NodeSource;
import vn.bansao.transparency.merkle.Rfc6962;
import vn.bansao.transparency.note.NoteSigner;

/** A register's log in memory: leaves, signed checkpoints and consistency proofs (real RFC 6962 hashing). */
final class TestLog {

    final String origin;
    final NoteSigner key;
    final List<byte[]> leafHashes = new ArrayList<>();
    private final String prefix;

    TestLog(String origin, String prefix) throws Exception {
        this(origin, prefix, newKey(origin));
    }

    TestLog(String origin, String prefix, NoteSigner key) {
        this.origin = origin;
        this.prefix = prefix;
        this.key = key;
    }

    static NoteSigner newKey(String origin) throws Exception {
        KeyPair kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        return NoteSigner.of(origin, kp.getPrivate(), kp.getPublic());
    }

    /** The same key and first {@code keep} leaves, then other leaves: a fork. */
    TestLog fork(int keep, String otherPrefix) {
        TestLog f = new TestLog(origin, otherPrefix, key);
        f.leafHashes.addAll(leafHashes.subList(0, keep));
        return f;
    }

    TestLog grow(int size) {
        while (leafHashes.size() < size) {
            leafHashes.add(Rfc6962.leafHash(("{\"row\":\"" + prefix + leafHashes.size() + "\"}").getBytes(StandardCharsets.UTF_8)));
        }
        return this;
    }

    Checkpoint checkpoint(int size) {
        grow(size);
        return new Checkpoint(origin, size, MerkleTree.rootHash(size, nodes()));
    }

    String note(int size) {
        return key.sign(checkpoint(size).body());
    }

    List<byte[]> proof(int from, int to) {
        grow(to);
        return from == 0 ? List.of() : MerkleTree.consistencyPath(from, to, nodes());
    }

    private NodeSource nodes() {
        return NodeSource.ofLeafHashes(List.copyOf(leafHashes));
    }
}

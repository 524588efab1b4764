package vn.bansao.transparency.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.bansao.transparency.SharedCorpora;

/** Every probe and vector of {@code rfc6962-merkle-vectors} (transparency-dev/merkle), must-fail ones included. */
class MerkleVectorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CORPUS = SharedCorpora.corpus("rfc6962-merkle-vectors");
    private static final HexFormat HEX = HexFormat.of();

    @TestFactory
    Stream<DynamicTest> inclusionProbes() throws IOException {
        JsonNode probes = JSON.readTree(CORPUS.resolve("probes-inclusion.json").toFile());
        assertThat(probes.size()).isEqualTo(98);
        return StreamSupport.stream(probes.spliterator(), false).map(p -> DynamicTest.dynamicTest(
                p.get("sourcePath").asText(), () -> {
                    Runnable verify = () -> { };
                    long idx = p.get("leafIdx").asLong();
                    long size = p.get("treeSize").asLong();
                    byte[] leaf = b64(p.get("leafHash"));
                    byte[] root = b64(p.get("root"));
                    List<byte[]> proof = b64List(p.get("proof"));
                    if (p.get("wantErr").asBoolean()) {
                        assertThatThrownBy(() -> MerkleVerifier.verifyInclusion(idx, size, leaf, proof, root))
                                .isInstanceOf(MerkleProofException.class);
                    } else {
                        assertDoesNotThrow(() -> MerkleVerifier.verifyInclusion(idx, size, leaf, proof, root));
                    }
                    verify.run();
                }));
    }

    @TestFactory
    Stream<DynamicTest> consistencyProbes() throws IOException {
        JsonNode probes = JSON.readTree(CORPUS.resolve("probes-consistency.json").toFile());
        assertThat(probes.size()).isEqualTo(98);
        return StreamSupport.stream(probes.spliterator(), false).map(p -> DynamicTest.dynamicTest(
                p.get("sourcePath").asText(), () -> {
                    long s1 = p.get("size1").asLong();
                    long s2 = p.get("size2").asLong();
                    byte[] r1 = b64(p.get("root1"));
                    byte[] r2 = b64(p.get("root2"));
                    List<byte[]> proof = b64List(p.get("proof"));
                    if (p.get("wantErr").asBoolean()) {
                        assertThatThrownBy(() -> MerkleVerifier.verifyConsistency(s1, s2, proof, r1, r2))
                                .isInstanceOf(MerkleProofException.class);
                    } else {
                        assertDoesNotThrow(() -> MerkleVerifier.verifyConsistency(s1, s2, proof, r1, r2));
                    }
                }));
    }

    @Test
    void eightLeafTreeRootsAndProofsAreReproduced() throws Exception {
        JsonNode v = JSON.readTree(CORPUS.resolve("rfc6962-8leaf-vectors.json").toFile());
        List<byte[]> leafHashes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            byte[] leaf = Rfc6962.leafHash(HEX.parseHex(v.get("leafInputsHex").get(i).asText()));
            assertThat(HEX.formatHex(leaf)).isEqualTo(v.get("leafHashes").get(i).asText());
            leafHashes.add(leaf);
        }
        NodeSource nodes = NodeSource.ofLeafHashes(leafHashes);
        CompactRange range = CompactRange.empty();
        assertThat(HEX.formatHex(range.root())).isEqualTo(v.get("rootHashesBySize").get("0").asText());
        for (int n = 1; n <= 8; n++) {
            String want = v.get("rootHashesBySize").get(String.valueOf(n)).asText();
            assertThat(HEX.formatHex(MerkleTree.rootHash(n, nodes))).as("root %d", n).isEqualTo(want);
            range.append(leafHashes.get(n - 1), (node, hash) -> assertThat(hash)
                    .isEqualTo(nodes.hash(node.level(), node.index())));
            assertThat(HEX.formatHex(range.root())).as("compact root %d", n).isEqualTo(want);
            assertThat(HEX.formatHex(CompactRange.of(n, nodes).root())).isEqualTo(want);
        }
        for (JsonNode p : v.get("inclusionProofs")) {
            long i = p.get("leafIndex").asLong();
            long n = p.get("treeSize").asLong();
            List<byte[]> path = MerkleTree.inclusionPath(i, n, nodes);
            assertThat(path.stream().map(HEX::formatHex).toList())
                    .as("PATH(%d, D[%d])", i, n).isEqualTo(hexList(p.get("auditPath")));
            MerkleVerifier.verifyInclusion(i, n, HEX.parseHex(p.get("leafHash").asText()), path,
                    HEX.parseHex(p.get("rootHash").asText()));
            assertThat(MerkleTree.nodesForInclusion(i, n)).allMatch(node -> node.index() < (8L >> node.level()));
        }
        assertThat(v.get("inclusionProofs").size()).isEqualTo(36);
        for (JsonNode p : v.get("consistencyProofs")) {
            long m = p.get("size1").asLong();
            long n = p.get("size2").asLong();
            List<byte[]> proof = MerkleTree.consistencyPath(m, n, nodes);
            assertThat(proof.stream().map(HEX::formatHex).toList())
                    .as("PROOF(%d, D[%d])", m, n).isEqualTo(hexList(p.get("proof")));
            MerkleVerifier.verifyConsistency(m, n, proof, HEX.parseHex(p.get("root1").asText()),
                    HEX.parseHex(p.get("root2").asText()));
        }
        assertThat(v.get("consistencyProofs").size()).isEqualTo(36);
    }

    @Test
    void largerTreesAgreeBetweenCompactRangeAndRecursion() throws Exception {
        List<byte[]> leaves = new ArrayList<>();
        CompactRange range = CompactRange.empty();
        for (int i = 0; i < 300; i++) {
            byte[] leaf = Rfc6962.leafHash(("leaf " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            leaves.add(leaf);
            range.append(leaf, (node, hash) -> { });
            NodeSource nodes = NodeSource.ofLeafHashes(leaves);
            byte[] root = MerkleTree.rootHash(i + 1, nodes);
            assertThat(range.root()).isEqualTo(root);
            if (i % 37 == 0) {
                for (long j = 0; j <= i; j += 7) {
                    MerkleVerifier.verifyInclusion(j, i + 1, leaves.get((int) j), MerkleTree.inclusionPath(j, i + 1, nodes), root);
                }
                for (long m = 1; m <= i + 1; m += 11) {
                    MerkleVerifier.verifyConsistency(m, i + 1, MerkleTree.consistencyPath(m, i + 1, nodes),
                            MerkleTree.rootHash(m, nodes), root);
                }
            }
        }
    }

    private static byte[] b64(JsonNode n) {
        return n == null || n.isNull() ? new byte[0] : Base64.getDecoder().decode(n.asText());
    }

    private static List<byte[]> b64List(JsonNode n) {
        List<byte[]> out = new ArrayList<>();
        if (n != null && !n.isNull()) {
            n.forEach(e -> out.add(b64(e)));
        }
        return out;
    }

    private static List<String> hexList(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(e -> out.add(e.asText()));
        return out;
    }
}

package vn.bansao.transparency.checkpoint;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A C2SP tlog-checkpoint body: origin line, tree size in decimal, base64 root hash, each ending in a
 * newline (extension lines are kept but not interpreted). Signed as a C2SP signed note.
 *
 * <pre>{@code
 * Checkpoint cp = Checkpoint.parse(verifier.open(signedNote));
 * MerkleVerifier.verifyInclusion(leafIndex, cp.size(), leafHash, path, cp.rootHash());
 * }</pre>
 *
 * @param origin     the log's unique origin, e.g. {@code bansao.vn/register/000.00.00.H56}
 * @param size       number of leaves
 * @param rootHash   the 32-byte RFC 6962 root
 * @param extensions extra lines after the root (usually none)
 */
public record Checkpoint(String origin, long size, byte[] rootHash, List<String> extensions) {

    public Checkpoint {
        if (origin == null || origin.isEmpty() || origin.contains("\n")) {
            throw new IllegalArgumentException("invalid checkpoint origin");
        }
        if (size < 0 || rootHash == null || rootHash.length != 32) {
            throw new IllegalArgumentException("invalid checkpoint size or root");
        }
        rootHash = rootHash.clone();
        extensions = List.copyOf(extensions);
    }

    /** A checkpoint without extension lines. */
    public Checkpoint(String origin, long size, byte[] rootHash) {
        this(origin, size, rootHash, List.of());
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** The note text to sign. */
    public String body() {
        StringBuilder sb = new StringBuilder().append(origin).append('\n').append(size).append('\n')
                .append(Base64.getEncoder().encodeToString(rootHash)).append('\n');
        extensions.forEach(e -> sb.append(e).append('\n'));
        return sb.toString();
    }

    /** Parses a checkpoint body (the text of a verified note). */
    public static Checkpoint parse(String body) {
        if (body == null || !body.endsWith("\n")) {
            throw new IllegalArgumentException("Điểm kiểm không hợp lệ / malformed checkpoint: missing final newline");
        }
        String[] lines = body.substring(0, body.length() - 1).split("\n", -1);
        if (lines.length < 3 || !lines[1].matches("0|[1-9][0-9]{0,18}")) {
            throw new IllegalArgumentException("Điểm kiểm không hợp lệ / malformed checkpoint");
        }
        byte[] root;
        try {
            root = Base64.getDecoder().decode(lines[2].getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Điểm kiểm không hợp lệ / malformed checkpoint root", e);
        }
        return new Checkpoint(lines[0], Long.parseLong(lines[1]), root, Arrays.asList(lines).subList(3, lines.length));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Checkpoint c && c.origin.equals(origin) && c.size == size
                && Arrays.equals(c.rootHash, rootHash) && c.extensions.equals(extensions);
    }

    @Override
    public int hashCode() {
        return origin.hashCode() * 31 + Long.hashCode(size) * 17 + Arrays.hashCode(rootHash);
    }

    @Override
    public String toString() {
        return body();
    }
}

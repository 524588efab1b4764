package vn.bansao.core.read;

/**
 * The SHA-256 of a scanned page's embedded image stream, recomputed from the file's bytes.
 *
 * <pre>{@code
 * contents.imageDigests().forEach(d -> System.out.println(d.page() + " " + d.sha256()));
 * }</pre>
 *
 * @param page   1-based page number
 * @param sha256 lower-case hex SHA-256 of the stream's encoded (raw) bytes
 */
public record EmbeddedImageDigest(int page, String sha256) {
}

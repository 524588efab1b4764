package vn.bansao.verify;

/**
 * One scanned page's image bytes hashed again and compared with the package manifest.
 *
 * <pre>{@code
 * report.document().pageHashes().stream().filter(p -> !p.matches()).forEach(p -> warn(p.page()));
 * }</pre>
 *
 * @param page     1-based page number
 * @param expected SHA-256 in the manifest (hex)
 * @param actual   SHA-256 of the embedded bytes (hex), empty when the image was not found
 * @param matches  true when both are equal
 */
public record PageHashCheck(int page, String expected, String actual, boolean matches) {
}

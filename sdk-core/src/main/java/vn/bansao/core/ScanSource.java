package vn.bansao.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import vn.bansao.common.LocalizedText;
import vn.bansao.core.internal.CoreText;

/**
 * One input of a certified copy: a scan file (JPEG, PNG, TIFF, JPEG 2000) or a scanned PDF, from a path,
 * a byte array or a stream. A scanned PDF's pages must draw only raster images; each is rebuilt from them (see
 * the module README's table of what passes, is dropped, is refused). Streams are spooled to a temporary file (bounded), so nothing is held in memory.
 *
 * <pre>{@code
 * ScanSource a = ScanSource.of(Path.of("page1.jpg"));
 * ScanSource b = ScanSource.of("page2.png", bytes);
 * }</pre>
 */
public final class ScanSource {

    /** Largest input accepted (1 GiB): beyond that an input is not a scan. */
    public static final long MAX_INPUT_BYTES = 1L << 30;

    private final String name;
    private final Path path;
    private final byte[] bytes;

    private ScanSource(String name, Path path, byte[] bytes) {
        this.name = name;
        this.path = path;
        this.bytes = bytes;
    }

    /** A scan file. */
    public static ScanSource of(Path path) {
        Objects.requireNonNull(path, "path");
        Path fileName = path.getFileName();
        return new ScanSource(fileName == null ? path.toString() : fileName.toString(), path, null);
    }

    /** A scan held in memory; {@code name} is what the manifest and error messages show. */
    public static ScanSource of(String name, byte[] bytes) {
        return new ScanSource(Objects.requireNonNull(name, "name"), null, bytes.clone());
    }

    /** A scan from a stream, spooled to a temporary file (deleted at JVM exit) and bounded in size. */
    public static ScanSource of(String name, InputStream in) throws IOException {
        Path tmp = Files.createTempFile("bansao-scan-", ".bin");
        tmp.toFile().deleteOnExit();
        try (OutputStream out = Files.newOutputStream(tmp)) {
            byte[] buf = new byte[1 << 16];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > MAX_INPUT_BYTES) {
                    throw new ScanRejectedException(name, 0, ScanRejectedException.Reason.TOO_LARGE, LocalizedText.of(CoreText.INPUT_TOO_LARGE), null);
                }
                out.write(buf, 0, n);
            }
        }
        return new ScanSource(Objects.requireNonNull(name, "name"), tmp, null);
    }

    /** The name shown in the manifest and in errors. */
    public String name() {
        return name;
    }

    /** Size in bytes. */
    public long size() throws IOException {
        return bytes != null ? bytes.length : Files.size(path);
    }

    /** A new stream over the bytes. */
    public InputStream openStream() throws IOException {
        return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(path);
    }

    /** The file this source reads, when it is one (a path, or an input stream spooled to a temporary file). */
    public Optional<Path> file() {
        return Optional.ofNullable(path);
    }

    /**
     * The bytes of an in-memory source as a read-only view (no copy), or empty for a file ({@link #file()}): the
     * builder then maps the file instead of reading it, so pass-through images are copied to the output without
     * passing through the Java heap.
     */
    public Optional<ByteBuffer> inMemory() {
        return bytes == null ? Optional.empty() : Optional.of(ByteBuffer.wrap(bytes).asReadOnlyBuffer());
    }

    @Override
    public String toString() {
        return name;
    }
}

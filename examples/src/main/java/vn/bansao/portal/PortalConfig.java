package vn.bansao.portal;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of the portal example: where it listens, where its register lives, and how much it accepts.
 * Immutable; build it with {@link #builder()}. The defaults are safe for a first run: loopback only,
 * an in-memory register, 32 MiB uploads.
 *
 * <pre>{@code
 * PortalConfig config = PortalConfig.builder()
 *         .port(8080)
 *         .registerDatabase(Path.of("so-chung-thuc"))
 *         .build();
 * }</pre>
 *
 * @param host            address to bind; {@code 127.0.0.1} by default (put a reverse proxy with TLS in front)
 * @param port            TCP port; 0 picks a free one (tests)
 * @param registerDatabase H2 database file (without {@code .mv.db}); empty for an in-memory register
 * @param maxUploadBytes  the largest request body accepted (413 above it)
 * @param maxScans        the most scans accepted by one certify request
 * @param thumbnailPages  the most pages previewed on the verification page
 * @param thumbnailDpi    the resolution of those previews
 * @param threads         worker threads serving requests (requests beyond them wait in a queue)
 */
public record PortalConfig(
        String host,
        int port,
        Optional<Path> registerDatabase,
        long maxUploadBytes,
        int maxScans,
        int thumbnailPages,
        float thumbnailDpi,
        int threads) {

    public PortalConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(registerDatabase, "registerDatabase");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (maxUploadBytes < 1024) {
            throw new IllegalArgumentException("maxUploadBytes too small: " + maxUploadBytes);
        }
        if (maxScans < 1 || thumbnailPages < 0 || thumbnailDpi <= 0 || threads < 1) {
            throw new IllegalArgumentException("maxScans, threads >= 1; thumbnailPages >= 0; thumbnailDpi > 0");
        }
    }

    /** A builder with the defaults described on {@link PortalConfig}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link PortalConfig}. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8080;
        private Path registerDatabase;
        private long maxUploadBytes = 32L << 20;
        private int maxScans = 50;
        private int thumbnailPages = 4;
        private float thumbnailDpi = 40f;
        private int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

        private Builder() {
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder registerDatabase(Path file) {
            this.registerDatabase = file;
            return this;
        }

        public Builder maxUploadBytes(long bytes) {
            this.maxUploadBytes = bytes;
            return this;
        }

        public Builder maxScans(int scans) {
            this.maxScans = scans;
            return this;
        }

        public Builder thumbnails(int pages, float dpi) {
            this.thumbnailPages = pages;
            this.thumbnailDpi = dpi;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public PortalConfig build() {
            return new PortalConfig(host, port, Optional.ofNullable(registerDatabase), maxUploadBytes, maxScans,
                    thumbnailPages, thumbnailDpi, threads);
        }
    }
}

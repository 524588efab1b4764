package vn.bansao.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * One generated scan file: its bytes and what they are.
 *
 * <pre>{@code
 * Scan scan = SampleScans.seed(42).a4Jpeg(300);
 * Path file = scan.writeTo(dir.resolve("page-1." + scan.extension()));
 * }</pre>
 *
 * @param mediaType   e.g. {@code image/jpeg}, {@code image/png}, {@code image/tiff}
 * @param extension   file extension without dot: {@code jpg}, {@code png}, {@code tif}
 * @param dpi         resolution recorded in the file (JFIF density, PNG pHYs, TIFF X/YResolution)
 * @param widthPixels width of each page in pixels
 * @param heightPixels height of each page in pixels
 * @param pages       number of pages (more than one only for multi-page TIFF)
 * @param bytes       the file content
 */
public record Scan(String mediaType, String extension, int dpi, int widthPixels, int heightPixels, int pages,
                   byte[] bytes) {

    public Scan {
        Objects.requireNonNull(mediaType);
        Objects.requireNonNull(extension);
        bytes = bytes.clone();
    }

    /** The file content (a copy). */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Size of the file in bytes. */
    public int size() {
        return bytes.length;
    }

    /** Writes the file and returns its path. */
    public Path writeTo(Path file) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scan s && mediaType.equals(s.mediaType) && dpi == s.dpi && pages == s.pages
                && widthPixels == s.widthPixels && heightPixels == s.heightPixels && Arrays.equals(bytes, s.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mediaType, dpi, pages, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "Scan[" + mediaType + ", " + dpi + " dpi, " + widthPixels + "x" + heightPixels + ", " + pages
                + " page(s), " + bytes.length + " bytes]";
    }
}

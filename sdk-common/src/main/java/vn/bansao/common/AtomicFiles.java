package vn.bansao.common;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file whole or not at all: into a temporary file beside the target ({@code .<name>.<random>.part}),
 * flushed to the disk, made {@code rw-r--r--} like any other output, then renamed over the target (atomically
 * where the file system can). A reader never sees half a file and a failure leaves no temporary file behind.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("out/copy.pdf"), pdfBytes);
 * AtomicFiles.write(Path.of("so-2026.csv"), out -> register.exportCsv(2026, out));
 * }</pre>
 */
public final class AtomicFiles {

    /** What produces the file's bytes. */
    @FunctionalInterface
    public interface Content {
        /** Writes the whole content to {@code out} (not closed by it). */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code bytes} to {@code target}; its folder must exist. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Writes what {@code content} produces to {@code target}; its folder must exist. */
    public static void write(Path target, Content content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".part");
        try {
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                content.writeTo(os);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true); // on the disk before the rename makes it visible
            }
            // createTempFile makes owner-only (0600) files: an output is a document like any other
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort: the name starts with a dot and ends with .part
            }
        }
    }
}

package vn.bansao.signing.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import vn.bansao.signing.SigningException;
import vn.bansao.signing.SigningException.Cause;

/** Writes a file next to its destination and moves it into place: never a half-written output. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            String[] why = IoReasons.of(e);
            throw new SigningException(Cause.IO_ERROR, "Không đọc được tệp " + file + ": " + why[0],
                    "cannot read " + file + ": " + why[1], e);
        }
    }

    public static void write(Path target, byte[] bytes) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
            Files.write(tmp, bytes);
            // a temporary file is created owner-only (0600); a signed copy is a document like every other output
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            String[] why = IoReasons.of(e);
            throw new SigningException(Cause.IO_ERROR, "Không ghi được tệp " + target + ": " + why[0],
                    "cannot write " + target + ": " + why[1], e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temp name starts with a dot and ends with .part
                }
            }
        }
    }
}

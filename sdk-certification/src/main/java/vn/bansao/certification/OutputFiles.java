package vn.bansao.certification;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import vn.bansao.common.AtomicFiles;

/**
 * Where a signed copy goes: checked before a number is allocated, written atomically with mode 0644 (like every
 * other output of bansao), and every failure named in both languages (no such folder, permission denied, is a
 * directory, read-only file system) instead of the file system's raw English.
 *
 * <pre>{@code
 * OutputFiles.checkWritable(Path.of("out/0001.pdf"));   // before allocating
 * OutputFiles.writeAtomically(Path.of("out/0001.pdf"), pdf);
 * }</pre>
 */
final class OutputFiles {

    private OutputFiles() {
    }

    /**
     * Refuses a target that cannot be written: its folder missing or not a folder, the target a directory, or the
     * folder not writable (tested by creating and deleting a probe file there, which is what root-squashed and
     * read-only mounts need).
     *
     * @throws CertificationRefusedException {@code OUTPUT_NOT_WRITABLE}
     */
    public static void checkWritable(Path out) {
        Path target = out.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (Files.isDirectory(target)) {
            throw refused(out, "là một thư mục", "is a directory", null);
        }
        if (folder == null || !Files.exists(folder)) {
            throw refused(out, "không có thư mục " + folder, "no such folder " + folder, null);
        }
        if (!Files.isDirectory(folder)) {
            throw refused(out, folder + " không phải thư mục", folder + " is not a folder", null);
        }
        try {
            Path probe = Files.createTempFile(folder, ".bansao-", ".probe");
            Files.delete(probe);
        } catch (IOException e) {
            throw failure(out, e);
        }
    }

    /** Writes beside the target, then moves into place (mode 0644): a reader never sees half a copy. */
    public static void writeAtomically(Path out, byte[] bytes) {
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw refused(out, "là một thư mục", "is a directory", null);
        }
        try {
            AtomicFiles.write(target, bytes);
        } catch (IOException e) {
            throw failure(out, e);
        }
    }

    /** The file system's failure, named for people: the cause in both languages, never its raw message. */
    public static CertificationRefusedException failure(Path out, IOException e) {
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
            Path folder = out.toAbsolutePath().normalize().getParent();
            return refused(out, "không có thư mục " + folder, "no such folder " + folder, e);
        }
        if (e instanceof AccessDeniedException) {
            return refused(out, "không có quyền ghi", "permission denied", e);
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("read-only file system")) {
            return refused(out, "hệ thống tệp chỉ cho đọc", "read-only file system", e);
        }
        if (lower.contains("is a directory")) {
            return refused(out, "là một thư mục", "is a directory", e);
        }
        if (lower.contains("no space left")) {
            return refused(out, "hết chỗ trên đĩa", "no space left on the device", e);
        }
        if (lower.contains("permission denied") || lower.contains("operation not permitted")) {
            return refused(out, "không có quyền ghi", "permission denied", e);
        }
        return refused(out, "lỗi hệ thống tệp", "file-system error", e);
    }

    private static CertificationRefusedException refused(Path out, String vi, String en, Throwable cause) {
        return new CertificationRefusedException(CertificationRefusedException.Code.OUTPUT_NOT_WRITABLE,
                "Không ghi được bản sao " + out + ": " + vi, "cannot write the copy " + out + ": " + en, cause);
    }
}

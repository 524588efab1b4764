package vn.bansao.common;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file operation failed, in words for both languages ("no such file or folder", "permission denied",
 * "read-only file system"...) instead of the JDK's English exception text. The one mapping used by every module.
 *
 * <pre>{@code
 * catch (IOException e) {
 *     throw new BansaoException(MyError.CANNOT_READ, e, file, IoReason.of(e));   // "cannot read x.pdf: permission denied"
 * }
 * }</pre>
 */
public final class IoReason {

    private IoReason() {
    }

    /** The reason of {@code e}, rendered in the language of the message it is an argument of. */
    public static LocalizedText of(IOException e) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
        String lower = reason.toLowerCase(Locale.ROOT);
        if (e instanceof NoSuchFileException) {
            return LocalizedText.of(CommonText.IO_NO_SUCH_FILE);
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied")
                || lower.contains("operation not permitted")) {
            return LocalizedText.of(CommonText.IO_PERMISSION_DENIED);
        }
        if (lower.contains("read-only file system")) {
            return LocalizedText.of(CommonText.IO_READ_ONLY);
        }
        if (lower.contains("is a directory")) {
            return LocalizedText.of(CommonText.IO_IS_A_FOLDER);
        }
        if (e instanceof NotDirectoryException || lower.contains("not a directory")) {
            return LocalizedText.of(CommonText.IO_NOT_A_FOLDER);
        }
        if (lower.contains("no space left")) {
            return LocalizedText.of(CommonText.IO_NO_SPACE);
        }
        return LocalizedText.of(CommonText.IO_OTHER, e.getClass().getSimpleName(), reason);
    }
}

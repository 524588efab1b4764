package vn.bansao.signing.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Why a file operation failed, in words for both languages ("no such folder", "permission denied", "read-only
 * file system"...) instead of the JDK's exception text.
 *
 * <pre>{@code
 * String[] why = IoReasons.of(e); // {"không có quyền ghi", "permission denied"}
 * }</pre>
 */
public final class IoReasons {

    private IoReasons() {
    }

    /** {Vietnamese, English}. */
    public static String[] of(IOException e) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : String.valueOf(e.getMessage());
        if (e instanceof NoSuchFileException) {
            return new String[] {"không có tệp hoặc thư mục này", "no such file or folder"};
        }
        if (e instanceof AccessDeniedException || reason.contains("Permission denied")) {
            return new String[] {"không có quyền truy cập", "permission denied"};
        }
        if (reason.contains("Read-only file system")) {
            return new String[] {"ổ đĩa chỉ cho phép đọc", "read-only file system"};
        }
        if (reason.contains("Is a directory")) {
            return new String[] {"đây là một thư mục", "is a folder"};
        }
        if (reason.contains("Not a directory")) {
            return new String[] {"đường dẫn chứa một tệp ở chỗ của thư mục", "a path component is not a folder"};
        }
        if (reason.contains("No space left")) {
            return new String[] {"hết dung lượng đĩa", "no space left on the disk"};
        }
        return new String[] {"lỗi vào/ra (" + e.getClass().getSimpleName() + ")", "I/O error: " + reason};
    }
}

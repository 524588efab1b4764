package vn.bansao.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import vn.bansao.common.BansaoException;

/**
 * One bilingual line ("tiếng Việt / English") for an error that reaches a user of the command line. An SDK
 * exception ({@link BansaoException}, anywhere in the cause chain) is printed as its own
 * {@code message(vi) / message(en)}; the JDK's file-system exceptions ("Read-only file system", "Permission
 * denied") and parser messages are named by what happened and which file.
 *
 * <pre>{@code
 * err.println("bansao build: " + UserErrors.describe(e));
 * }</pre>
 */
final class UserErrors {

    private UserErrors() {
    }

    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BansaoException sdk) {
                return firstLine(sdk.bilingualMessage());
            }
            if (t == t.getCause()) {
                break;
            }
        }
        String own = e.getMessage();
        if (own != null && own.contains(" / ")) {
            return own.lines().findFirst().orElse(own); // already "tiếng Việt / English" (the SDK's convention)
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException fs) {
                return fileSystem(fs);
            }
            if (t instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
                String[] where = jsonWhere(json);
                return "tệp JSON không hợp lệ" + where[0] + " / invalid JSON" + where[1];
            }
            if (t != e && t == t.getCause()) {
                break;
            }
        }
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return message.lines().findFirst().orElse(message);
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse(s);
    }

    /** Where a JSON parser stopped, {" (dòng L, cột C)", " (line L, column C)"}, or empty texts when unknown. */
    static String[] jsonWhere(com.fasterxml.jackson.core.JsonProcessingException e) {
        com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 0) {
            return new String[] {"", ""};
        }
        return new String[] {" (dòng " + at.getLineNr() + ", cột " + at.getColumnNr() + ")",
                " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"};
    }

    static String fileSystem(FileSystemException fs) {
        String file = fs.getFile() == null ? "" : fs.getFile();
        String reason = fs.getReason() == null ? "" : fs.getReason();
        if (fs instanceof NoSuchFileException) {
            return "không tìm thấy tệp hoặc thư mục: " + file + " / no such file or folder: " + file;
        }
        if (fs instanceof AccessDeniedException || reason.contains("Permission denied")) {
            return "không có quyền truy cập: " + file + " / permission denied: " + file;
        }
        if (fs instanceof NotDirectoryException || reason.contains("Not a directory")) {
            return "không phải thư mục: " + file + " / not a folder: " + file;
        }
        if (fs instanceof FileAlreadyExistsException) {
            return "tệp đã tồn tại: " + file + " / file already exists: " + file;
        }
        if (fs instanceof DirectoryNotEmptyException) {
            return "thư mục không trống: " + file + " / folder not empty: " + file;
        }
        if (reason.contains("Read-only file system")) {
            return "ổ đĩa chỉ cho phép đọc, không ghi được: " + file + " / read-only file system, cannot write: " + file;
        }
        if (reason.contains("Is a directory")) {
            return "là một thư mục, không phải tệp: " + file + " / is a folder, not a file: " + file;
        }
        if (reason.contains("No space left")) {
            return "hết dung lượng đĩa khi ghi: " + file + " / no space left on the disk writing: " + file;
        }
        return "lỗi hệ thống tệp (" + reason + "): " + file + " / file-system error (" + reason + "): " + file;
    }
}

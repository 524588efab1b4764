package vn.bansao.common;

/**
 * The texts of this module ({@code vn/bansao/common/texts.properties}, {@code texts_vi.properties}): why a file
 * operation failed, in words for people, for {@link IoReason}.
 *
 * <pre>{@code
 * String vi = CommonText.IO_PERMISSION_DENIED.text(BansaoException.VIETNAMESE);   // "không có quyền truy cập"
 * }</pre>
 */
public enum CommonText implements MessageKey {
    /** No such file or folder. */
    IO_NO_SUCH_FILE,
    /** Permission denied. */
    IO_PERMISSION_DENIED,
    /** A read-only file system. */
    IO_READ_ONLY,
    /** A folder where a file was expected. */
    IO_IS_A_FOLDER,
    /** A file where a folder was expected. */
    IO_NOT_A_FOLDER,
    /** The disk is full. */
    IO_NO_SPACE,
    /** Another I/O error: {0} the exception's simple name, {1} the system's reason. */
    IO_OTHER;

    @Override
    public String bundle() {
        return "vn.bansao.common.texts";
    }
}

package vn.bansao.metrics.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import vn.bansao.common.LocalizedText;
import vn.bansao.metrics.MetricsInputException;

/**
 * Why a file could not be read, in both languages: the common cases in words (no such file, no permission, a
 * folder, not UTF-8), anything else with the system's own text.
 *
 * <pre>{@code
 * catch (IOException e) { throw IoText.cannotRead(file, e); }   // "không đọc được tệp a.csv: không có tệp này"
 * }</pre>
 */
public final class IoText {

    private IoText() {
    }

    /** The reason of {@code e}, reading {@code file}. */
    public static LocalizedText reason(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return MetricsText.NO_SUCH_FILE.of();
        }
        if (e instanceof AccessDeniedException) {
            return MetricsText.ACCESS_DENIED.of();
        }
        if (e instanceof CharacterCodingException) {
            return MetricsText.NOT_UTF8.of();
        }
        if (file != null && Files.isDirectory(file)) {
            return MetricsText.IS_A_FOLDER.of();
        }
        return MetricsText.IO_ERROR.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** {@code file} cannot be read at all (not opened, or failed at no known line). */
    public static MetricsInputException cannotRead(Path file, IOException e) {
        return new MetricsInputException(MetricsText.CANNOT_READ.of(file.toString(), reason(file, e)), e);
    }

    /** {@code file} could not be read past {@code line} (a read error or bytes that are not UTF-8 there). */
    public static MetricsInputException cannotReadAt(Path file, String source, long line, IOException e) {
        return new MetricsInputException(MetricsText.at(source, line, reason(file, e)), e);
    }
}

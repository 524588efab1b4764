package vn.bansao.signing.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.bansao.common.AtomicFiles;
import vn.bansao.common.IoReason;
import vn.bansao.common.LocalizedText;
import vn.bansao.signing.SigningException;
import vn.bansao.signing.SigningException.Cause;
import vn.bansao.signing.SigningText;

/**
 * The signer's file input and output: read whole, written with {@link AtomicFiles} (never a half-written output),
 * every failure an {@code SIGNING_IO_ERROR} naming the file and why ({@link IoReason}).
 *
 * <pre>{@code
 * byte[] pdf = SigningFiles.read(in);
 * SigningFiles.write(out, signed);
 * }</pre>
 */
public final class SigningFiles {

    private SigningFiles() {
    }

    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SigningException(Cause.IO_ERROR,
                    LocalizedText.of(SigningText.FILE_UNREADABLE, file, IoReason.of(e)), e);
        }
    }

    /** Creates the folder if needed, then writes atomically. */
    public static void write(Path target, byte[] bytes) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            AtomicFiles.write(target, bytes);
        } catch (IOException e) {
            throw new SigningException(Cause.IO_ERROR,
                    LocalizedText.of(SigningText.FILE_UNWRITABLE, target, IoReason.of(e)), e);
        }
    }
}

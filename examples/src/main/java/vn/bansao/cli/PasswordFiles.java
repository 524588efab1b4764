package vn.bansao.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a key password from a file (its first line), so that it never appears in the process list or a shell history. */
final class PasswordFiles {

    private PasswordFiles() {
    }

    static char[] read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").toCharArray();
        } catch (IOException e) {
            throw new IllegalArgumentException("Không đọc được tệp mật khẩu / cannot read the password file: " + file, e);
        }
    }
}

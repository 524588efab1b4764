package vn.bansao.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelpersTest {

    @TempDir
    Path dir;

    @Test
    void sha256MatchesTheFipsVector() throws IOException {
        byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
        String expected = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertThat(Sha256.hex(abc)).isEqualTo(expected);
        assertThat(Sha256.upperHex(abc)).isEqualTo(expected.toUpperCase(Locale.ROOT));
        assertThat(Sha256.toHex(Sha256.digest(new ByteArrayInputStream(abc)))).isEqualTo(expected);
        Path f = Files.write(dir.resolve("abc.txt"), abc);
        assertThat(Sha256.toHex(Sha256.digest(f))).isEqualTo(expected);
    }

    @Test
    void atomicWriteReplacesTheTargetWholeAndReadableByAll() throws IOException {
        Path target = dir.resolve("copy.pdf");
        Files.writeString(target, "old");
        AtomicFiles.write(target, "new content".getBytes(StandardCharsets.US_ASCII));
        assertThat(Files.readString(target)).isEqualTo("new content");
        if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
        }
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(target);
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("register.csv");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half of it".getBytes(StandardCharsets.US_ASCII));
            throw new IOException("the database went away");
        })).hasMessage("the database went away");
        assertThat(Files.readString(target)).isEqualTo("old");
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(target);
        }
    }

    @Test
    void atomicWriteIntoAMissingFolderFailsWithoutCreatingIt() {
        Path target = dir.resolve("no-such-folder/copy.pdf");
        assertThatThrownBy(() -> AtomicFiles.write(target, new byte[1])).isInstanceOf(NoSuchFileException.class);
        assertThat(dir.resolve("no-such-folder")).doesNotExist();
    }

    @Test
    void pemReadsEveryCertificateAndRoundTrips() throws Exception {
        List<X509Certificate> two;
        try (InputStream in = getClass().getResourceAsStream("two-certificates.pem")) {
            two = Pem.parseCertificates(in.readAllBytes());
        }
        assertThat(two).extracting(c -> c.getSubjectX500Principal().getName())
                .containsExactly("O=bansao,CN=Bansao Common Test", "CN=Bansao Common Test 2");
        Path file = Files.writeString(dir.resolve("root.pem"), Pem.certificate(two.get(0)) + Pem.certificate(two.get(1)));
        assertThat(Pem.readCertificates(file)).isEqualTo(two);
        byte[] der;
        try (InputStream in = getClass().getResourceAsStream("one.der")) {
            der = in.readAllBytes();
        }
        assertThat(Pem.parseCertificate(der)).isEqualTo(two.get(0));
        assertThat(Pem.parseCertificates(der)).containsExactly(two.get(0));
        assertThat(Pem.certificate(two.get(0))).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("-----END CERTIFICATE-----\n");
    }

    @Test
    void pemRefusesWhatIsNotACertificate() {
        assertThatThrownBy(() -> Pem.parseCertificates("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
                .getBytes(StandardCharsets.US_ASCII))).isInstanceOf(CertificateException.class);
    }

    @Test
    void ioReasonsNameWhatHappenedInBothLanguages() throws IOException {
        LocalizedText missing = IoReason.of(new NoSuchFileException("x"));
        assertThat(missing.in(BansaoException.VIETNAMESE)).isEqualTo("không có tệp hoặc thư mục này");
        assertThat(missing.in(Locale.ENGLISH)).isEqualTo("no such file or folder");
        IOException readingAFolder = null;
        try {
            Files.readAllBytes(dir);
        } catch (IOException e) {
            readingAFolder = e;
        }
        assertThat(readingAFolder).isNotNull();
        assertThat(IoReason.of(readingAFolder).in(Locale.ENGLISH)).isEqualTo("is a folder, not a file");
        assertThat(IoReason.of(new IOException("Broken pipe")).in(BansaoException.VIETNAMESE))
                .isEqualTo("lỗi vào/ra (IOException): Broken pipe");
    }
}

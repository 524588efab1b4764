package vn.bansao.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.CertificateEncodingException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import vn.bansao.testkit.internal.ExternalTool;

/**
 * A fresh SoftHSM2 token holding one identity's key and certificate (same CKA_ID and label), with a ready
 * SunPKCS11 provider: the same code path as an officer's USB token or an agency's HSM.
 *
 * <pre>{@code
 * try (SoftHsmToken token = SoftHsmToken.createOrSkip(pki.officer())) {   // JUnit: skipped without softhsm2
 *     KeyStore ks = token.keyStore();
 *     PrivateKey key = (PrivateKey) ks.getKey(token.keyLabel(), null);
 *     Signature s = Signature.getInstance("SHA256withRSA", token.provider());
 * }
 * }</pre>
 *
 * <p>Where the token lives: libsofthsm2 reads {@code SOFTHSM2_CONF} from the JVM's environment when the provider
 * loads it, and a running JVM cannot change its own environment. So tokens are made in the token directory of the
 * configuration this JVM sees: the file named by {@code SOFTHSM2_CONF} (created, with a token directory beside it,
 * if it does not exist yet — the kit's own build sets it to {@code target/softhsm2.conf}), else SoftHSM's default
 * {@code /etc/softhsm/softhsm2.conf}. Each token gets a unique label and is deleted on {@link #close()}.
 */
public final class SoftHsmToken implements AutoCloseable {

    private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(60);
    private static final List<String> LIBRARY_PATHS = List.of(
            "/usr/lib/softhsm/libsofthsm2.so",
            "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
            "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
            "/usr/local/lib/softhsm/libsofthsm2.so",
            "/usr/lib64/pkcs11/libsofthsm2.so",
            "/opt/homebrew/lib/softhsm/libsofthsm2.so");
    private static final Pattern SLOT = Pattern.compile("reassigned to slot (\\d+)");

    private final Path library;
    private final Path libraryCopy;
    private final long slot;
    private final String tokenLabel;
    private final String keyLabel;
    private final String keyIdHex;
    private final char[] pin;
    private final Map<String, String> env;
    private final Provider provider;
    private boolean closed;

    private SoftHsmToken(Path library, Path libraryCopy, long slot, String tokenLabel, String keyLabel,
                         String keyIdHex, char[] pin, Map<String, String> env, Provider provider) {
        this.library = library;
        this.libraryCopy = libraryCopy;
        this.slot = slot;
        this.tokenLabel = tokenLabel;
        this.keyLabel = keyLabel;
        this.keyIdHex = keyIdHex;
        this.pin = pin;
        this.env = env;
        this.provider = provider;
    }

    /** Why SoftHSM2 cannot be used here, or empty when it can. */
    public static Optional<String> unavailableReason() {
        if (ExternalTool.find("softhsm2-util").isEmpty()) {
            return Optional.of("softhsm2-util not on PATH (Debian: apt-get install softhsm2)");
        }
        if (ExternalTool.find("pkcs11-tool").isEmpty()) {
            return Optional.of("pkcs11-tool not on PATH (Debian: apt-get install opensc)");
        }
        if (findLibrary().isEmpty()) {
            return Optional.of("libsofthsm2.so not found (set -Dbansao.softhsm.library=/path/libsofthsm2.so)");
        }
        try {
            Path dir = tokenDirectory();
            if (!Files.isWritable(dir)) {
                return Optional.of("SoftHSM token directory " + dir + " is not writable; set SOFTHSM2_CONF to a"
                        + " configuration of your own");
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of("SoftHSM configuration unusable: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Whether {@link #create(Identity)} can work on this machine. */
    public static boolean isAvailable() {
        return unavailableReason().isEmpty();
    }

    /** A token with the identity imported, or empty when SoftHSM2 is not installed. */
    public static Optional<SoftHsmToken> createIfAvailable(Identity identity) {
        return isAvailable() ? Optional.of(create(identity)) : Optional.empty();
    }

    /** For JUnit tests: the token, or the test is skipped (not failed) when SoftHSM2 is not installed. */
    public static SoftHsmToken createOrSkip(Identity identity) {
        Optional<String> reason = unavailableReason();
        Assumptions.assumeTrue(reason.isEmpty(), () -> "SoftHSM2 unavailable: " + reason.orElse(""));
        return create(identity);
    }

    /**
     * Initialises a new token, imports the identity's private key ({@code softhsm2-util --import}, PKCS#8 PEM)
     * and certificate ({@code pkcs11-tool --write-object}) under the identity's alias and a random CKA_ID.
     *
     * @throws IllegalStateException when SoftHSM2 is unavailable or a tool fails (with its output)
     */
    public static SoftHsmToken create(Identity identity) {
        unavailableReason().ifPresent(r -> {
            throw new IllegalStateException("SoftHSM2 unavailable: " + r);
        });
        Path library = findLibrary().orElseThrow();
        Map<String, String> env = toolEnvironment();
        String tokenLabel = "bansao-" + UUID.randomUUID().toString().substring(0, 8);
        String pin = "123456";
        String keyLabel = identity.alias();
        String keyId = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII),
                0, 8);
        Path work = null;
        boolean tokenMade = false;
        try {
            work = Files.createTempDirectory("bansao-softhsm");
            String init = ExternalTool.check(List.of("softhsm2-util", "--init-token", "--free", "--label", tokenLabel,
                    "--so-pin", "12345678", "--pin", pin), env, TOOL_TIMEOUT).output();
            tokenMade = true;
            Matcher m = SLOT.matcher(init);
            if (!m.find()) {
                throw new IllegalStateException("softhsm2-util did not report the slot: " + init.strip());
            }
            long slot = Long.parseLong(m.group(1));
            Path keyFile = work.resolve("key.pem");
            Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(keyFile, identity.privateKeyPem(), StandardCharsets.US_ASCII);
            try {
                ExternalTool.check(List.of("softhsm2-util", "--import", keyFile.toString(), "--token", tokenLabel,
                        "--label", keyLabel, "--id", keyId, "--pin", pin), env, TOOL_TIMEOUT);
            } finally {
                Files.deleteIfExists(keyFile);
            }
            Path certFile = work.resolve("cert.der");
            Files.write(certFile, identity.certificate().getEncoded());
            ExternalTool.check(List.of("pkcs11-tool", "--module", library.toString(), "--token-label", tokenLabel,
                    "--login", "--pin", pin, "--write-object", certFile.toString(), "--type", "cert", "--id", keyId,
                    "--label", keyLabel), env, TOOL_TIMEOUT);
            // a private copy of the library: a fresh C_Initialize that sees the new token, whatever SunPKCS11
            // or SoftHSM cached for earlier tokens
            Path copy = work.resolve("libsofthsm2-" + tokenLabel + ".so");
            Files.copy(library, copy);
            String config = sunPkcs11Config(tokenLabel, copy, slot);
            Provider provider = Security.getProvider("SunPKCS11").configure("--" + config);
            return new SoftHsmToken(library, copy, slot, tokenLabel, keyLabel, keyId, pin.toCharArray(), env,
                    provider);
        } catch (IOException e) {
            deleteQuietly(tokenMade, tokenLabel, env, work);
            throw new UncheckedIOException("cannot prepare SoftHSM token: " + e.getMessage(), e);
        } catch (CertificateEncodingException e) {
            deleteQuietly(tokenMade, tokenLabel, env, work);
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            deleteQuietly(tokenMade, tokenLabel, env, work);
            throw e;
        }
    }

    private static String sunPkcs11Config(String tokenLabel, Path library, long slot) {
        return "name = " + tokenLabel + "\n"
                + "library = " + library + "\n"
                + "slot = " + slot + "\n";
    }

    /** The SoftHSM2 PKCS#11 library installed on the machine. */
    public Path library() {
        return library;
    }

    /** The slot the token was assigned. */
    public long slot() {
        return slot;
    }

    /** The token's label (unique per token). */
    public String tokenLabel() {
        return tokenLabel;
    }

    /** CKA_LABEL of the key and certificate: the identity's alias; also the KeyStore alias. */
    public String keyLabel() {
        return keyLabel;
    }

    /** CKA_ID of the key and certificate, hex. */
    public String keyIdHex() {
        return keyIdHex;
    }

    /** The user PIN. */
    public char[] pin() {
        return pin.clone();
    }

    /** A SunPKCS11 configuration text for this token (library, slot); pass it with a leading "--" to configure. */
    public String sunPkcs11Config() {
        return sunPkcs11Config(tokenLabel, libraryCopy, slot);
    }

    /** The configured SunPKCS11 provider for this token (not registered in {@link Security}). */
    public Provider provider() {
        return provider;
    }

    /** The token as a logged-in {@code PKCS11} KeyStore; the key is under {@link #keyLabel()}. */
    public KeyStore keyStore() {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS11", provider);
            ks.load(null, pin);
            return ks;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot open SoftHSM token " + tokenLabel + ": " + e.getMessage(), e);
        }
    }

    /** The environment the tools run with (SOFTHSM2_CONF), for callers running their own PKCS#11 tools. */
    public Map<String, String> environment() {
        return env;
    }

    /** Deletes the token. The loaded provider stays usable only until then. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            deleteQuietly(true, tokenLabel, env, libraryCopy.getParent());
        }
    }

    // ---- configuration ------------------------------------------------------------------------------

    static Optional<Path> findLibrary() {
        String override = System.getProperty("bansao.softhsm.library");
        if (override != null) {
            return Optional.of(Path.of(override)).filter(Files::isRegularFile);
        }
        return LIBRARY_PATHS.stream().map(Path::of).filter(Files::isRegularFile).findFirst();
    }

    /** The configuration file libsofthsm2 will read in this JVM; created if SOFTHSM2_CONF names a missing file. */
    static Path configFile() throws IOException {
        String env = System.getenv("SOFTHSM2_CONF");
        if (env != null && !env.isBlank()) {
            Path conf = Path.of(env);
            synchronized (SoftHsmToken.class) {
                if (!Files.exists(conf)) {
                    Files.createDirectories(conf.toAbsolutePath().getParent());
                    Path tokens = conf.toAbsolutePath().resolveSibling("softhsm-tokens");
                    Files.createDirectories(tokens);
                    Files.writeString(conf, "directories.tokendir = " + tokens + "\n"
                            + "objectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n");
                }
            }
            return conf;
        }
        Path user = Path.of(System.getProperty("user.home"), ".config", "softhsm2", "softhsm2.conf");
        return Files.exists(user) ? user : Path.of("/etc/softhsm/softhsm2.conf");
    }

    static Path tokenDirectory() throws IOException {
        Path conf = configFile();
        try (Stream<String> lines = Files.lines(conf)) {
            return lines.map(String::strip).filter(l -> l.startsWith("directories.tokendir"))
                    .map(l -> l.substring(l.indexOf('=') + 1).strip()).findFirst().map(Path::of)
                    .orElseThrow(() -> new IOException("no directories.tokendir in " + conf));
        }
    }

    private static Map<String, String> toolEnvironment() {
        try {
            return Map.of("SOFTHSM2_CONF", configFile().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(boolean token, String label, Map<String, String> env, Path work) {
        if (token) {
            try {
                ExternalTool.run(List.of("softhsm2-util", "--delete-token", "--token", label), env, TOOL_TIMEOUT);
            } catch (RuntimeException ignored) {
                // best effort: a leftover test token does no harm
            }
        }
        if (work != null) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // best effort
            }
        }
    }

}

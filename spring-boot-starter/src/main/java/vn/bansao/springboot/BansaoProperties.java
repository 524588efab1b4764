package vn.bansao.springboot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.bansao.register.RegisterTypes;
import vn.bansao.signing.Level;

/**
 * The SDK's settings under the prefix {@code bansao}: the certifying body, its keys, the trust anchors, the
 * time-stamping service, the register and the verifier's network policy. Safe defaults: no keys (remote signing
 * only), no trust anchors (verdicts at best CHƯA XÁC ĐỊNH), offline verification, an H2 register file
 * {@code so-chung-thuc} in the working directory unless {@code spring.datasource.url} names another database.
 *
 * <pre>{@code
 * # application.properties
 * bansao.agency.name=UBND phường Bến Nghé, Quận 1
 * bansao.agency.code=000.00.12.H29
 * bansao.keys.officer-pkcs12=/etc/bansao/officer.p12
 * bansao.keys.authority-pkcs12=/etc/bansao/seal.p12
 * bansao.keys.password-file=/run/secrets/bansao-key-password
 * bansao.trust-anchors=/etc/bansao/rootca-g2.pem
 * bansao.tsa.url=http://tsa.example.vn
 * bansao.network.allowed-hosts=ocsp.ca.gov.vn,crl.ca.gov.vn
 * spring.datasource.url=jdbc:postgresql://db/register     # else the H2 file bansao.register.file
 * }</pre>
 */
@ConfigurationProperties(prefix = "bansao")
public class BansaoProperties {

    private final Agency agency = new Agency();
    private final Keys keys = new Keys();
    private List<Path> trustAnchors = new ArrayList<>();
    private final Tsa tsa = new Tsa();
    private final Register register = new Register();
    private final Network network = new Network();
    private final RemoteSigning remoteSigning = new RemoteSigning();
    private final Health health = new Health();
    private final RemoteRegisters remoteRegisters = new RemoteRegisters();

    public Agency getAgency() {
        return agency;
    }

    public Keys getKeys() {
        return keys;
    }

    /** PEM or DER files of the roots signatures must chain to. */
    public List<Path> getTrustAnchors() {
        return trustAnchors;
    }

    public void setTrustAnchors(List<Path> trustAnchors) {
        this.trustAnchors = new ArrayList<>(trustAnchors);
    }

    public Tsa getTsa() {
        return tsa;
    }

    public Register getRegister() {
        return register;
    }

    public Network getNetwork() {
        return network;
    }

    public RemoteSigning getRemoteSigning() {
        return remoteSigning;
    }

    public RemoteRegisters getRemoteRegisters() {
        return remoteRegisters;
    }

    public Health getHealth() {
        return health;
    }

    /** The certifying body this application serves. */
    public static class Agency {
        /** Its name, printed on copies when the seal's certificate does not name it. */
        private String name = "UBND phường Bến Nghé, Quận 1";
        /** Its agency code, the register's default body. */
        private String code = "000.00.12.H29";
        /** The register type numbers are allocated in. */
        private String registerType = RegisterTypes.ELECTRONIC_COPIES;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getRegisterType() {
            return registerType;
        }

        public void setRegisterType(String registerType) {
            this.registerType = registerType;
        }
    }

    /**
     * The officer's and the authority's PKCS#12 files; both or neither. Their password is read from a file, or
     * from the environment ({@code BANSAO_KEYS_PASSWORD}), never written in a properties file.
     */
    public static class Keys {
        private Path officerPkcs12;
        private Path authorityPkcs12;
        /** A file whose first line is the password of both key files. */
        private Path passwordFile;
        /** The password itself, for the environment variable {@code BANSAO_KEYS_PASSWORD}; the file wins. */
        private String password;

        public Optional<String> password() {
            return Optional.ofNullable(password);
        }

        public void setPassword(String password) {
            this.password = password;
        }

        /** Never printed. */
        @Override
        public String toString() {
            return "Keys[officer=" + officerPkcs12 + ", authority=" + authorityPkcs12 + "]";
        }

        public Optional<Path> officerPkcs12() {
            return Optional.ofNullable(officerPkcs12);
        }

        public Optional<Path> authorityPkcs12() {
            return Optional.ofNullable(authorityPkcs12);
        }

        public Optional<Path> passwordFile() {
            return Optional.ofNullable(passwordFile);
        }

        public Path getOfficerPkcs12() {
            return officerPkcs12;
        }

        public void setOfficerPkcs12(Path officerPkcs12) {
            this.officerPkcs12 = officerPkcs12;
        }

        public Path getAuthorityPkcs12() {
            return authorityPkcs12;
        }

        public void setAuthorityPkcs12(Path authorityPkcs12) {
            this.authorityPkcs12 = authorityPkcs12;
        }

        public Path getPasswordFile() {
            return passwordFile;
        }

        public void setPasswordFile(Path passwordFile) {
            this.passwordFile = passwordFile;
        }
    }

    /** The RFC 3161 time-stamping service and the PAdES level of new copies. */
    public static class Tsa {
        private String url;
        /** The level of new copies; without a TSA only B-B can be made. */
        private Level level = Level.B_LT;

        public Optional<String> url() {
            return Optional.ofNullable(url).filter(u -> !u.isBlank());
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public Level getLevel() {
            return level;
        }

        public void setLevel(Level level) {
            this.level = level;
        }
    }

    /**
     * The register's database when the application names none ({@code spring.datasource.url}): an H2 file. With
     * {@code spring.datasource.*} set (PostgreSQL, or H2 elsewhere), Spring Boot's own HikariCP pool is used.
     */
    public static class Register {
        /** The H2 file (without {@code .mv.db}). */
        private Path file = Path.of("so-chung-thuc");
        /** The most connections the starter's own pool opens. */
        private int maximumPoolSize = 4;
        /** The register service API for other provinces' verifiers (off by default). */
        private final Service service = new Service();

        public Service getService() {
            return service;
        }

        public Path getFile() {
            return file;
        }

        public void setFile(Path file) {
            this.file = file;
        }

        public int getMaximumPoolSize() {
            return maximumPoolSize;
        }

        public void setMaximumPoolSize(int maximumPoolSize) {
            this.maximumPoolSize = maximumPoolSize;
        }
    }

    /**
     * The register service API ({@code bansao.register.service.*}, issue 15): the register's signed checkpoints,
     * entries with inclusion proofs and consistency proofs for verifiers in other provinces, signed with the
     * register's own checkpoint key (a PKCS#12 file: never a throwaway key made at start-up, unless
     * {@code generate-key-if-missing} asks for one for a demo).
     *
     * <pre>{@code
     * bansao.register.service.enabled=true
     * bansao.register.service.key-file=/etc/bansao/register-checkpoint.p12
     * bansao.register.service.key-password=${BANSAO_REGISTER_KEY_PASSWORD}
     * bansao.register.service.witnesses[0].url=https://witness.example.vn/
     * bansao.register.service.witnesses[0].key=witness.example.vn+1a2b3c4d+BEx...
     * }</pre>
     */
    public static class Service {
        /** Whether the {@code RegisterService} bean is made. */
        private boolean enabled;
        /** The PKCS#12 file of the checkpoint key (Ed25519 or ECDSA P-256). */
        private Path keyFile;
        /** Its password (from the environment, e.g. {@code BANSAO_REGISTER_SERVICE_KEY_PASSWORD}). */
        private String keyPassword;
        /** The key name on signature lines; default the register's origin. */
        private String keyName;
        /** At most one new checkpoint per interval. */
        private Duration checkpointInterval = Duration.ofSeconds(10);
        /** Create {@code key-file} (Ed25519) when it does not exist: for a demo only. */
        private boolean generateKeyIfMissing;
        /** How long one witness may take to answer. */
        private Duration witnessTimeout = Duration.ofSeconds(5);
        /** The witnesses each new checkpoint is pushed to (C2SP tlog-witness). */
        private List<Witness> witnesses = new ArrayList<>();

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Optional<Path> keyFile() {
            return Optional.ofNullable(keyFile);
        }

        public Path getKeyFile() {
            return keyFile;
        }

        public void setKeyFile(Path keyFile) {
            this.keyFile = keyFile;
        }

        public Optional<String> keyPassword() {
            return Optional.ofNullable(keyPassword);
        }

        public void setKeyPassword(String keyPassword) {
            this.keyPassword = keyPassword;
        }

        public Optional<String> keyName() {
            return Optional.ofNullable(keyName).filter(n -> !n.isBlank());
        }

        public String getKeyName() {
            return keyName;
        }

        public void setKeyName(String keyName) {
            this.keyName = keyName;
        }

        public Duration getCheckpointInterval() {
            return checkpointInterval;
        }

        public void setCheckpointInterval(Duration checkpointInterval) {
            this.checkpointInterval = checkpointInterval;
        }

        public boolean isGenerateKeyIfMissing() {
            return generateKeyIfMissing;
        }

        public void setGenerateKeyIfMissing(boolean generateKeyIfMissing) {
            this.generateKeyIfMissing = generateKeyIfMissing;
        }

        public Duration getWitnessTimeout() {
            return witnessTimeout;
        }

        public void setWitnessTimeout(Duration witnessTimeout) {
            this.witnessTimeout = witnessTimeout;
        }

        public List<Witness> getWitnesses() {
            return witnesses;
        }

        public void setWitnesses(List<Witness> witnesses) {
            this.witnesses = new ArrayList<>(witnesses);
        }

        /** Never prints the password. */
        @Override
        public String toString() {
            return "Service[enabled=" + enabled + ", keyFile=" + keyFile + ", keyName=" + keyName + ", witnesses="
                    + witnesses.size() + "]";
        }
    }

    /** One witness: its base URL and its C2SP verifier key (cosignatures by another key are not served). */
    public static class Witness {
        private java.net.URI url;
        private String key;

        public java.net.URI getUrl() {
            return url;
        }

        public void setUrl(java.net.URI url) {
            this.url = url;
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }
    }

    /** What the verifier may fetch (OCSP, CRL): nothing by default. */
    public static class Network {
        /** Hosts the verifier may ask for revocation data; empty: offline. */
        private List<String> allowedHosts = new ArrayList<>();

        public List<String> getAllowedHosts() {
            return allowedHosts;
        }

        public void setAllowedHosts(List<String> allowedHosts) {
            this.allowedHosts = new ArrayList<>(allowedHosts);
        }
    }

    /** Two-step signing with keys the server never holds. */
    public static class RemoteSigning {
        /**
         * A file with the sessions' HMAC key (at least 32 bytes); none: a random key per start, so sessions do not
         * survive a restart. Give every instance behind a load balancer the same file.
         */
        private Path hmacKeyFile;
        private Duration ttl = Duration.ofMinutes(15);

        public Optional<Path> hmacKeyFile() {
            return Optional.ofNullable(hmacKeyFile);
        }

        public Path getHmacKeyFile() {
            return hmacKeyFile;
        }

        public void setHmacKeyFile(Path hmacKeyFile) {
            this.hmacKeyFile = hmacKeyFile;
        }

        public Duration getTtl() {
            return ttl;
        }

        public void setTtl(Duration ttl) {
            this.ttl = ttl;
        }
    }

    /** The Actuator health checks of the TSA and the OCSP responders. */
    public static class Health {
        /** Connect and answer timeout of one check. */
        private Duration timeout = Duration.ofSeconds(5);
        /**
         * OCSP responders to check besides those named by the held keys' certificates (their AIA extension).
         */
        private List<String> ocspUrls = new ArrayList<>();

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        public List<String> getOcspUrls() {
            return ocspUrls;
        }

        public void setOcspUrls(List<String> ocspUrls) {
            this.ocspUrls = new ArrayList<>(ocspUrls);
        }
    }

    /**
     * The receiving side: check a copy against the register of the agency that issued it, over HTTP, through a
     * directory the integrator configures (never a URL taken from the copy). Off unless a directory is given.
     * {@code bansao.remote-registers.directory=/etc/bansao/register-directory.json},
     * {@code bansao.remote-registers.checkpoint-memory=/var/lib/bansao/checkpoints}.
     */
    public static class RemoteRegisters {
        /** The directory JSON file (agency code -> register URL, checkpoint key, witnesses). */
        private Path directory;
        /** Or: the directory served as a C2SP signed note at this URL, verified with {@link #directoryKey}. */
        private java.net.URI directoryUrl;
        /** The publisher's note verifier key for {@link #directoryUrl}. */
        private String directoryKey;
        /** Folder remembering the last checkpoint accepted per register; empty: this process's memory only. */
        private Path checkpointMemory;
        /** Total time one request to a register or witness may take. */
        private java.time.Duration timeout = java.time.Duration.ofSeconds(5);
        /** Largest answer accepted from a register or witness. */
        private int maxResponseBytes = 1 << 20;

        public Path getDirectory() {
            return directory;
        }

        public void setDirectory(Path directory) {
            this.directory = directory;
        }

        public java.net.URI getDirectoryUrl() {
            return directoryUrl;
        }

        public void setDirectoryUrl(java.net.URI directoryUrl) {
            this.directoryUrl = directoryUrl;
        }

        public String getDirectoryKey() {
            return directoryKey;
        }

        public void setDirectoryKey(String directoryKey) {
            this.directoryKey = directoryKey;
        }

        public Path getCheckpointMemory() {
            return checkpointMemory;
        }

        public void setCheckpointMemory(Path checkpointMemory) {
            this.checkpointMemory = checkpointMemory;
        }

        public java.time.Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(java.time.Duration timeout) {
            this.timeout = timeout;
        }

        public int getMaxResponseBytes() {
            return maxResponseBytes;
        }

        public void setMaxResponseBytes(int maxResponseBytes) {
            this.maxResponseBytes = maxResponseBytes;
        }
    }
}

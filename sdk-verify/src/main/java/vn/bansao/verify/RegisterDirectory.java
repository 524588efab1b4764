package vn.bansao.verify;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.bansao.transparency.note.NoteVerifier;
import vn.bansao.verify.internal.register.DirectoryJson;

/**
 * Where the registers of the issuing agencies are and how to trust them: agency code → register service URL,
 * the register's checkpoint key (C2SP note verifier key), its origin, and its witnesses with the quorum of
 * cosignatures required. A copy only names its agency code; every URL the verifier contacts comes from here,
 * never from a copy. Immutable.
 *
 * <p>The JSON file (or the body of the signed note a directory URL serves):
 * <pre>{@code
 * {"agencies": {
 *   "000.00.12.H29": {"registerUrl": "https://dvc.hcm.gov.vn/api/register/v1/",
 *                     "checkpointKey": "bansao.vn/register/000.00.12.H29+1a2b3c4d+AQ...",
 *                     "witnesses": [{"name": "witness.mic.gov.vn", "url": "https://witness.mic.gov.vn/",
 *                                    "key": "witness.mic.gov.vn+5e6f7a8b+BA..."}],
 *                     "witnessQuorum": 1}}}
 * }</pre>
 * {@code origin} (optional) defaults to the checkpoint key's name; {@code witnesses} and {@code witnessQuorum}
 * default to none and 0.
 *
 * <pre>{@code
 * RegisterDirectory dir = RegisterDirectory.fromJson(Path.of("register-directory.json"));
 * // or published by the ministry as a signed note, checked with its pinned key:
 * RegisterDirectory dir = RegisterDirectory.fetch(URI.create("https://bansao.gov.vn/register-directory"),
 *         "bansao.gov.vn/directory+0a1b2c3d+AQ...", Duration.ofSeconds(5), 1 << 20);
 * CopyVerifier v = CopyVerifier.builder().trustAnchors(anchors).registerDirectory(dir).build();
 * }</pre>
 */
public final class RegisterDirectory {

    /** Agency codes: the 13-character QCVN 102:2016 form or the newer form of up to 35 characters of {@code [0-9A-Z.]}. */
    private static final Pattern AGENCY_CODE = Pattern.compile("[0-9A-Z][0-9A-Z.]{0,34}");

    private final Map<String, Agency> agencies;

    private RegisterDirectory(Map<String, Agency> agencies) {
        this.agencies = Map.copyOf(agencies);
    }

    /**
     * One issuing agency's register.
     *
     * <pre>{@code
     * new RegisterDirectory.Agency("000.00.12.H29", URI.create("https://dvc.example.vn/api/register/v1/"),
     *         registerKey, "bansao.vn/register/000.00.12.H29", List.of(), 0);
     * }</pre>
     *
     * @param agencyCode    the agency code copies name
     * @param registerUrl   the register service's base URL (http/https, ending in {@code /})
     * @param checkpointKey the register's C2SP note verifier key
     * @param origin        the log's origin, the first line of its checkpoints
     * @param witnesses     the witnesses that may cosign its checkpoints
     * @param witnessQuorum how many distinct witnesses must have cosigned a checkpoint ({@code 0..witnesses.size()})
     */
    public record Agency(String agencyCode, URI registerUrl, String checkpointKey, String origin,
                         List<Witness> witnesses, int witnessQuorum) {
        public Agency {
            Objects.requireNonNull(agencyCode, "agencyCode");
            if (!AGENCY_CODE.matcher(agencyCode).matches()) {
                throw new IllegalArgumentException("Mã cơ quan không hợp lệ / invalid agency code: " + agencyCode);
            }
            registerUrl = httpBase(registerUrl, "registerUrl of " + agencyCode);
            NoteVerifier.parse(checkpointKey); // throws on a malformed key
            if (origin == null || origin.isEmpty() || origin.contains("\n")) {
                throw new IllegalArgumentException("invalid origin of " + agencyCode);
            }
            witnesses = List.copyOf(witnesses);
            if (witnesses.stream().map(Witness::name).distinct().count() != witnesses.size()) {
                throw new IllegalArgumentException("two witnesses of the same name for " + agencyCode);
            }
            // one key (its public key bytes, whatever the name) is one witness (the cosigned message does not carry the name): a quorum of
            // two must not be met by one witness listed twice
            if (witnesses.stream().map(w -> w.key().strip().split("\\+", 3)[2]).distinct().count() != witnesses.size()) {
                throw new IllegalArgumentException("two witnesses with the same key for " + agencyCode);
            }
            if (witnessQuorum < 0 || witnessQuorum > witnesses.size()) {
                throw new IllegalArgumentException("witnessQuorum of " + agencyCode + " must be between 0 and "
                        + witnesses.size());
            }
        }
    }

    /**
     * A witness of a register.
     *
     * @param name its key name
     * @param url  its base URL (http/https, ending in {@code /}): {@code checkpoint?origin=} is asked there
     * @param key  its C2SP cosignature verifier key
     */
    public record Witness(String name, URI url, String key) {
        public Witness {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a witness needs a name");
            }
            url = httpBase(url, "url of witness " + name);
            vn.bansao.transparency.witness.CosignatureVerifier.parse(Objects.requireNonNull(key, "key")); // throws when malformed
        }
    }

    static URI httpBase(URI url, String what) {
        Objects.requireNonNull(url, what);
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null || url.getRawQuery() != null
                || url.getRawFragment() != null || url.getRawUserInfo() != null) {
            throw new IllegalArgumentException(what + " must be an http(s) URL without query, fragment or user: " + url);
        }
        return url.toString().endsWith("/") ? url : URI.create(url + "/");
    }

    /** A directory of these agencies. */
    public static RegisterDirectory of(List<Agency> agencies) {
        Map<String, Agency> m = new LinkedHashMap<>();
        for (Agency a : agencies) {
            if (m.put(a.agencyCode(), a) != null) {
                throw new IllegalArgumentException("agency " + a.agencyCode() + " listed twice");
            }
        }
        return new RegisterDirectory(m);
    }

    /**
     * Reads a directory JSON file (UTF-8, at most 1 MiB, duplicate keys and unknown fields refused).
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException (naming the file) when it is not a valid directory
     */
    public static RegisterDirectory fromJson(Path file) throws IOException {
        if (Files.size(file) > DirectoryJson.MAX_BYTES) {
            throw new IllegalArgumentException(file + ": a register directory is at most " + DirectoryJson.MAX_BYTES + " bytes");
        }
        try {
            return of(DirectoryJson.parse(Files.readAllBytes(file)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** Parses directory JSON. */
    public static RegisterDirectory fromJson(byte[] json) {
        return of(DirectoryJson.parse(json));
    }

    /**
     * Fetches a directory published as a C2SP signed note whose text is the directory JSON, and verifies it with the
     * publisher's pinned note verifier key before reading it. Only the URL's host is contacted, no redirect is
     * followed, and the whole request has {@code deadline}.
     *
     * @throws IOException when the URL cannot be fetched
     * @throws IllegalArgumentException when the note is not signed by the pinned key or is not a valid directory
     */
    public static RegisterDirectory fetch(URI url, String publisherKey, Duration deadline, int maxBytes) throws IOException {
        NoteVerifier publisher = NoteVerifier.parse(publisherKey);
        byte[] note = vn.bansao.trust.HttpFetcher.of(new vn.bansao.trust.NetworkAccess(Set.of(url.getHost()), deadline,
                maxBytes)).get(url.toString(), deadline);
        return fromSignedNote(new String(note, StandardCharsets.UTF_8), publisher);
    }

    /** Reads a directory from a signed note, verified with {@code publisher}. */
    public static RegisterDirectory fromSignedNote(String note, NoteVerifier publisher) {
        String body;
        try {
            body = publisher.open(note);
        } catch (vn.bansao.transparency.note.NoteVerificationException e) {
            throw new IllegalArgumentException("Danh bạ sổ không được ký bởi khóa đã ghim / the register directory is not"
                    + " signed by the pinned publisher key: " + e.getMessage(), e);
        }
        return fromJson(body.getBytes(StandardCharsets.UTF_8));
    }

    /** The register of {@code agencyCode}, if listed. */
    public Optional<Agency> agency(String agencyCode) {
        return Optional.ofNullable(agencies.get(agencyCode));
    }

    /** Every agency listed. */
    public List<Agency> agencies() {
        return List.copyOf(agencies.values());
    }

    /** The hosts of every register and witness URL: the only hosts remote register checks contact. */
    public Set<String> hosts() {
        return agencies.values().stream().flatMap(a -> java.util.stream.Stream.concat(java.util.stream.Stream.of(a.registerUrl()),
                a.witnesses().stream().map(Witness::url))).map(URI::getHost)
                .map(h -> h.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}

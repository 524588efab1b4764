package vn.bansao.verify.internal.register;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.bansao.transparency.lookup.CertificationReference;
import vn.bansao.trust.HttpFetcher;
import vn.bansao.trust.HttpStatusException;

/**
 * The register service API (design section 2) over bansao-trust's {@link HttpFetcher}: only directory hosts, no
 * redirects, a byte cap and a TOTAL deadline per request; answers parsed strictly and bounded. Every failure is an
 * {@link Unreachable} with its reason, except a 404 for entries ({@link #entries} returns empty).
 *
 * <pre>{@code
 * RegisterClient c = new RegisterClient(HttpFetcher.of(access), Duration.ofSeconds(5));
 * String note = c.checkpoint(base);
 * Optional<RegisterClient.Entries> e = c.entries(base, ref, 12);
 * }</pre>
 */
final class RegisterClient {

    static final int MAX_ROWS = 1000;
    static final int MAX_PATH = 64;
    static final int MAX_LEAF_BYTES = 64 * 1024;

    private final HttpFetcher http;
    private final Duration deadline;

    RegisterClient(HttpFetcher http, Duration deadline) {
        this.http = http;
        this.deadline = deadline;
    }

    /** One served row: its position and either its leaf bytes with the inclusion path, or withheld. */
    record Row(long leafIndex, Optional<byte[]> leaf, List<byte[]> path) {
    }

    /** The entries answer. */
    record Entries(String origin, long treeSize, List<Row> rows) {
    }

    /** {@code GET {base}checkpoint}: the signed note text. */
    String checkpoint(URI base) throws Unreachable {
        String url = base.resolve("checkpoint").toString();
        return utf8(get(url), url);
    }

    /** {@code GET {base}entries?...&size=}: empty on 404 (no row about the number). */
    Optional<Entries> entries(URI base, CertificationReference ref, long size) throws Unreachable {
        String url = base.resolve("entries?agency=" + q(ref.agencyCode()) + "&type=" + q(ref.registerType()) + "&year="
                + ref.year() + "&number=" + ref.number() + "&size=" + size).toString();
        byte[] body;
        try {
            body = http.get(url, deadline);
        } catch (HttpStatusException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw Unreachable.of(e, url);
        } catch (IOException e) {
            throw Unreachable.of(e, url);
        }
        try {
            JsonNode root = StrictJson.parse(body);
            StrictJson.onlyKeys(root, Set.of("origin", "treeSize", "rows"), "entries");
            String origin = StrictJson.text(root, "origin", 1000);
            long treeSize = StrictJson.nonNegativeLong(root, "treeSize");
            List<Row> rows = new ArrayList<>();
            for (JsonNode r : StrictJson.array(root, "rows", MAX_ROWS)) {
                if (!r.isObject()) {
                    throw new IllegalArgumentException("a row must be an object");
                }
                long index = StrictJson.nonNegativeLong(r, "leafIndex");
                if (r.has("withheld")) {
                    StrictJson.onlyKeys(r, Set.of("leafIndex", "withheld"), "row");
                    if (!r.get("withheld").isBoolean() || !r.get("withheld").booleanValue()) {
                        throw new IllegalArgumentException("\"withheld\" must be true");
                    }
                    rows.add(new Row(index, Optional.empty(), List.of()));
                    continue;
                }
                StrictJson.onlyKeys(r, Set.of("leafIndex", "leaf", "path"), "row");
                byte[] leaf = StrictJson.base64(r.get("leaf"), -1, "leaf");
                if (leaf.length > MAX_LEAF_BYTES) {
                    throw new IllegalArgumentException("leaf " + index + " is larger than " + MAX_LEAF_BYTES + " bytes");
                }
                rows.add(new Row(index, Optional.of(leaf), hashes(StrictJson.array(r, "path", MAX_PATH), "path of leaf " + index)));
            }
            return Optional.of(new Entries(origin, treeSize, rows));
        } catch (IllegalArgumentException e) {
            throw Unreachable.malformed(url, e.getMessage());
        }
    }

    /** {@code GET {base}consistency?from=&to=}: the path, after checking the answer names the sizes asked. */
    List<byte[]> consistency(URI base, long from, long to) throws Unreachable {
        String url = base.resolve("consistency?from=" + from + "&to=" + to).toString();
        byte[] body = get(url);
        try {
            JsonNode root = StrictJson.parse(body);
            StrictJson.onlyKeys(root, Set.of("from", "to", "path"), "consistency");
            if (StrictJson.nonNegativeLong(root, "from") != from || StrictJson.nonNegativeLong(root, "to") != to) {
                throw new IllegalArgumentException("the proof is for other sizes than " + from + " → " + to);
            }
            return hashes(StrictJson.array(root, "path", MAX_PATH), "consistency path");
        } catch (IllegalArgumentException e) {
            throw Unreachable.malformed(url, e.getMessage());
        }
    }

    private static List<byte[]> hashes(JsonNode array, String what) {
        List<byte[]> out = new ArrayList<>();
        for (JsonNode h : array) {
            out.add(StrictJson.base64(h, 32, what + " hash"));
        }
        return out;
    }

    private byte[] get(String url) throws Unreachable {
        try {
            return http.get(url, deadline);
        } catch (IOException e) {
            throw Unreachable.of(e, url);
        }
    }

    static String utf8(byte[] bytes, String url) throws Unreachable {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw Unreachable.malformed(url, "not UTF-8");
        }
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

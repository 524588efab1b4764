package vn.bansao.verify.internal.register;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bansao.transparency.note.NoteVerifier;
import vn.bansao.verify.RegisterDirectory;

/**
 * Reads the register directory's JSON ({@link RegisterDirectory}'s format) strictly: unknown or duplicate keys,
 * wrong types, malformed URLs or keys are refused with the agency they concern.
 *
 * <pre>{@code
 * List<RegisterDirectory.Agency> agencies = DirectoryJson.parse(bytes);
 * }</pre>
 */
public final class DirectoryJson {

    /** Largest directory accepted. */
    public static final int MAX_BYTES = 1 << 20;

    private DirectoryJson() {
    }

    public static List<RegisterDirectory.Agency> parse(byte[] json) {
        if (json.length > MAX_BYTES) {
            throw new IllegalArgumentException("a register directory is at most " + MAX_BYTES + " bytes");
        }
        JsonNode root = StrictJson.parse(json);
        StrictJson.onlyKeys(root, Set.of("agencies"), "register directory");
        JsonNode agencies = StrictJson.object(root, "agencies");
        List<RegisterDirectory.Agency> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = agencies.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            try {
                out.add(agency(e.getKey(), e.getValue()));
            } catch (IllegalArgumentException bad) {
                throw new IllegalArgumentException("agency " + e.getKey() + ": " + bad.getMessage(), bad);
            }
        }
        return out;
    }

    private static RegisterDirectory.Agency agency(String code, JsonNode a) {
        if (!a.isObject()) {
            throw new IllegalArgumentException("must be an object");
        }
        StrictJson.onlyKeys(a, Set.of("registerUrl", "checkpointKey", "origin", "witnesses", "witnessQuorum"), "agency");
        String key = StrictJson.text(a, "checkpointKey", 2000);
        String origin = a.has("origin") ? StrictJson.text(a, "origin", 1000) : NoteVerifier.parse(key).keyName();
        List<RegisterDirectory.Witness> witnesses = new ArrayList<>();
        if (a.has("witnesses")) {
            for (JsonNode w : StrictJson.array(a, "witnesses", 64)) {
                if (!w.isObject()) {
                    throw new IllegalArgumentException("a witness must be an object");
                }
                StrictJson.onlyKeys(w, Set.of("name", "url", "key"), "witness");
                witnesses.add(new RegisterDirectory.Witness(StrictJson.text(w, "name", 1000),
                        uri(StrictJson.text(w, "url", 2000)), StrictJson.text(w, "key", 2000)));
            }
        }
        int quorum = a.has("witnessQuorum") ? (int) Math.min(Integer.MAX_VALUE, StrictJson.nonNegativeLong(a, "witnessQuorum")) : 0;
        return new RegisterDirectory.Agency(code, uri(StrictJson.text(a, "registerUrl", 2000)), key, origin, witnesses, quorum);
    }

    private static URI uri(String s) {
        try {
            return new URI(s);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed URL " + s);
        }
    }
}

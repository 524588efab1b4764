package vn.bansao.transparency.witness;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * The body of a tlog-witness {@code POST add-checkpoint} (c2sp.org/tlog-witness): {@code old <size>\n}, at most 63
 * consistency proof lines (base64 of 32 bytes), an empty line, then the signed checkpoint note. One format for the
 * client that writes it and the server that reads it.
 *
 * <pre>{@code
 * String body = new AddCheckpointRequest(remembered.size(), proof.path(), latestNote).format();
 * AddCheckpointRequest r = AddCheckpointRequest.parse(body);   // WitnessException(MALFORMED) if not
 * }</pre>
 *
 * @param oldSize the size of the checkpoint the witness is believed to hold (0 for the first)
 * @param proof   RFC 6962 consistency proof from {@code oldSize} to the note's size
 * @param note    the signed checkpoint note
 */
public record AddCheckpointRequest(long oldSize, List<byte[]> proof, String note) {

    /** The protocol's limit on consistency proof lines. */
    public static final int MAX_PROOF_LINES = 63;

    public AddCheckpointRequest {
        if (oldSize < 0) {
            throw new IllegalArgumentException("old size must not be negative: " + oldSize);
        }
        proof = proof.stream().map(h -> {
            if (Objects.requireNonNull(h, "proof hash").length != 32) {
                throw new IllegalArgumentException("proof hashes are 32 bytes");
            }
            return h.clone();
        }).toList();
        if (proof.size() > MAX_PROOF_LINES) {
            throw new IllegalArgumentException("more than " + MAX_PROOF_LINES + " proof lines");
        }
        Objects.requireNonNull(note, "note");
    }

    @Override
    public List<byte[]> proof() {
        return proof.stream().map(byte[]::clone).toList();
    }

    /** The request body. */
    public String format() {
        StringBuilder sb = new StringBuilder("old ").append(oldSize).append('\n');
        proof.forEach(h -> sb.append(Base64.getEncoder().encodeToString(h)).append('\n'));
        return sb.append('\n').append(note).toString();
    }

    /**
     * Parses a request body strictly: no leading zeros, no sign, 19 digits at most, canonical base64 hashes of 32
     * bytes, the empty line, a non-empty note.
     */
    public static AddCheckpointRequest parse(String body) throws WitnessException {
        if (body == null || !body.startsWith("old ")) {
            throw malformed("the body must start with \"old <size>\"");
        }
        int pos = 0;
        int nl = body.indexOf('\n');
        if (nl < 0) {
            throw malformed("no newline after the old size");
        }
        String size = body.substring(4, nl);
        if (!size.matches("0|[1-9][0-9]{0,18}")) {
            throw malformed("old size \"" + WitnessException.printable(size) + "\" is not a decimal without leading zeros");
        }
        long oldSize;
        try {
            oldSize = Long.parseLong(size);
        } catch (NumberFormatException e) {
            throw malformed("old size out of range");
        }
        pos = nl + 1;
        List<byte[]> proof = new ArrayList<>();
        while (true) {
            nl = body.indexOf('\n', pos);
            if (nl < 0) {
                throw malformed("no empty line before the checkpoint");
            }
            String line = body.substring(pos, nl);
            pos = nl + 1;
            if (line.isEmpty()) {
                break;
            }
            if (proof.size() == MAX_PROOF_LINES) {
                throw malformed("more than " + MAX_PROOF_LINES + " consistency proof lines");
            }
            byte[] h;
            try {
                h = Base64.getDecoder().decode(line);
            } catch (IllegalArgumentException e) {
                throw malformed("a consistency proof line is not base64");
            }
            if (h.length != 32 || !Base64.getEncoder().encodeToString(h).equals(line)) {
                throw malformed("a consistency proof line is not the base64 of a 32-byte hash");
            }
            proof.add(h);
        }
        String note = body.substring(pos);
        if (note.isEmpty()) {
            throw malformed("no checkpoint after the empty line");
        }
        return new AddCheckpointRequest(oldSize, proof, note);
    }

    private static WitnessException malformed(String why) {
        return new WitnessException(WitnessException.Kind.MALFORMED, "yêu cầu add-checkpoint sai định dạng",
                "malformed add-checkpoint request: " + why);
    }
}

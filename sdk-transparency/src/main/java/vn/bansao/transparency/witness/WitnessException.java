package vn.bansao.transparency.witness;

import java.util.Optional;

/**
 * A witness refused a checkpoint; {@link #kind()} is the reason and the HTTP status tlog-witness gives it.
 *
 * <pre>{@code
 * try { String cosignature = witness.addCheckpoint(request); }
 * catch (WitnessException e) {
 *     if (e.kind() == WitnessException.Kind.CONFLICT) retryFrom(e.witnessSize().orElseThrow());
 * }
 * }</pre>
 */
public final class WitnessException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why, with the tlog-witness status code. */
    public enum Kind {
        /** 400: not a well-formed request, or an old size above the checkpoint's size. */
        MALFORMED(400),
        /** 403: no valid signature of the log's key on the checkpoint (or a bad one). */
        BAD_SIGNATURE(403),
        /** 404: the witness does not know the checkpoint's origin. */
        UNKNOWN_ORIGIN(404),
        /** 409: the old size is not the size of the witness's latest cosigned checkpoint. */
        CONFLICT(409),
        /** 422: not consistent with what the witness cosigned (bad proof, another root at the same size). */
        INCONSISTENT(422);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        /** The HTTP status of tlog-witness for this refusal. */
        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final transient Optional<Long> witnessSize;
    private final String messageVi;
    private final String messageEn;

    WitnessException(Kind kind, String messageVi, String messageEn) {
        this(kind, messageVi, messageEn, Optional.empty());
    }

    private WitnessException(Kind kind, String messageVi, String messageEn, Optional<Long> witnessSize) {
        super(messageVi + " / " + messageEn);
        this.kind = kind;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
        this.witnessSize = witnessSize;
    }

    static WitnessException conflict(long witnessSize, long oldSize) {
        return new WitnessException(Kind.CONFLICT, "nhân chứng đang giữ điểm kiểm cỡ " + witnessSize + ", không phải "
                + oldSize, "the witness holds a checkpoint of size " + witnessSize + ", not " + oldSize,
                Optional.of(witnessSize));
    }

    /** The reason. */
    public Kind kind() {
        return kind;
    }

    /** For {@link Kind#CONFLICT}: the size of the witness's latest cosigned checkpoint. */
    public Optional<Long> witnessSize() {
        return witnessSize == null ? Optional.empty() : witnessSize;
    }

    /** The message in Vietnamese. */
    public String messageVi() {
        return messageVi;
    }

    /** The message in English. */
    public String messageEn() {
        return messageEn;
    }

    /** A value shown in a message: control characters replaced, at most 80 characters. */
    static String printable(String s) {
        String p = s.codePoints().map(c -> c < 0x20 || c == 0x7f ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return p.length() > 80 ? p.substring(0, 80) + "…" : p;
    }
}

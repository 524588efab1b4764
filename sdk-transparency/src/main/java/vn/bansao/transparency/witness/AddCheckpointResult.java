package vn.bansao.transparency.witness;

/**
 * What a witness answered to {@code add-checkpoint} ({@link WitnessClient#addCheckpoint}).
 *
 * <pre>{@code
 * AddCheckpointResult r = client.addCheckpoint(oldSize, proof, note);
 * if (r instanceof AddCheckpointResult.Cosigned c) {
 *     served = c.appendTo(note);
 * } else if (r instanceof AddCheckpointResult.Conflict c) {
 *     retry(c.witnessSize());                      // with a proof from the witness's size
 * } else if (r instanceof AddCheckpointResult.Inconsistent i) {
 *     alarm(i.reason());                           // the witness saw another history
 * }
 * }</pre>
 */
public sealed interface AddCheckpointResult {

    /**
     * 200: the witness's cosignature lines (well-formed signature lines; not verified: check them with the
     * witness's {@link CosignatureVerifier} on the note they are appended to).
     *
     * @param signatureLines one or more {@code — name base64\n} lines
     */
    record Cosigned(String signatureLines) implements AddCheckpointResult {

        /** The note with these lines appended (a note ends with its signature lines). */
        public String appendTo(String note) {
            return note + signatureLines;
        }
    }

    /**
     * 409: the witness holds a checkpoint of another size; retry with a consistency proof from that size.
     *
     * @param witnessSize the size of the witness's latest cosigned checkpoint
     */
    record Conflict(long witnessSize) implements AddCheckpointResult {
    }

    /**
     * 422: the checkpoint is not consistent with what the witness cosigned before (or the proof is wrong).
     *
     * @param reason the witness's message (printable, shortened)
     */
    record Inconsistent(String reason) implements AddCheckpointResult {
    }

    /**
     * Any other refusal: 400 malformed, 403 signature not accepted, 404 unknown origin, ...
     *
     * @param status the HTTP status
     * @param reason the witness's message (printable, shortened)
     */
    record Refused(int status, String reason) implements AddCheckpointResult {
    }
}

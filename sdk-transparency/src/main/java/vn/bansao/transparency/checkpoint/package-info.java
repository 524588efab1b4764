/**
 * C2SP tlog-checkpoints (c2sp.org/tlog-checkpoint) signed as C2SP signed notes, and the inclusion and
 * consistency proofs a verifier checks against them.
 *
 * <pre>{@code
 * Checkpoint cp = SignedCheckpoint.parse(noteText).verify(NoteVerifier.parse(publishedKey));
 * proof.verifyUnder(cp);
 * }</pre>
 */
package vn.bansao.transparency.checkpoint;

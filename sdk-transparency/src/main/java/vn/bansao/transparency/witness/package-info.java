/**
 * Witnesses (c2sp.org/tlog-witness, c2sp.org/tlog-cosignature): an independent body (the province's Justice
 * Department, Sở Tư pháp) cosigns each register's checkpoints after checking they extend what it cosigned before,
 * so a register cannot show one history to one agency and another history to the next.
 *
 * <ul>
 *   <li>{@link vn.bansao.transparency.witness.CosignatureSigner} / {@link vn.bansao.transparency.witness.CosignatureVerifier}:
 *       {@code cosignature/v1}, Ed25519, verifier key type {@code 0x04};</li>
 *   <li>{@link vn.bansao.transparency.witness.WitnessPolicy}: k of n named witnesses;</li>
 *   <li>{@link vn.bansao.transparency.witness.Witness}, {@link vn.bansao.transparency.witness.WitnessStateStore},
 *       {@link vn.bansao.transparency.witness.WitnessServer}: the witness itself;</li>
 *   <li>{@link vn.bansao.transparency.witness.WitnessClient}: a register pushing checkpoints, a verifier asking.</li>
 * </ul>
 *
 * <p>HTTP: {@code POST <base>/add-checkpoint} exactly as tlog-witness (200 cosignature lines; 400 malformed or
 * old size above the checkpoint's; 403 no valid log signature; 404 unknown origin; 409 with
 * {@code Content-Type: text/x.tlog.size} and the witness's size; 422 inconsistent). Extension for verifiers:
 * {@code GET <base>/checkpoint?origin=<url-encoded origin>} answers the latest cosigned checkpoint (the log's
 * signature line and the witness's cosignature), 404 when there is none; the same note is also served at
 * tlog-witness's monitoring path {@code GET <base>/<hex SHA-256 of the origin>/checkpoint}.
 *
 * <pre>{@code
 * WitnessPolicy policy = WitnessPolicy.of(1, List.of(CosignatureVerifier.parse(stpHcmKey)));
 * WitnessPolicy.Result r = policy.check(note, SignedCheckpoint.parse(note).verify(registerKey));
 * }</pre>
 */
package vn.bansao.transparency.witness;

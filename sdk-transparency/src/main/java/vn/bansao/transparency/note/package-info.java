/**
 * C2SP signed notes (c2sp.org/signed-note): signing with the certifying body's Ed25519 or ECDSA P-256
 * key, verification with a published verifier key. Checkpoints and year closings are signed notes.
 */
package vn.bansao.transparency.note;

/**
 * bansao transparency: the JDBC-free, PDF-free building blocks of the register's tamper evidence, shared by
 * the register (which produces them) and the verifier (which checks them): RFC 6962/9162 Merkle trees and
 * proofs ({@code .merkle}), C2SP signed notes ({@code .note}), checkpoints and proofs under them
 * ({@code .checkpoint}), and the register lookup SPI ({@code .lookup}).
 *
 * <pre>{@code
 * Checkpoint cp = record.proof().orElseThrow().verify(NoteVerifier.parse(publishedKey));
 * }</pre>
 */
package vn.bansao.transparency;

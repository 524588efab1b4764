/**
 * The shared trust engine of bansao: one place where chains, leaf rules, time-stamping units, revocation
 * freshness and signature roles are decided, used by {@code bansao-verify} and by {@code bansao-signing}'s
 * pre-check. Depends on BouncyCastle and SLF4J only.
 *
 * <pre>{@code
 * TrustEngine engine = TrustEngine.builder().anchors(List.of(root)).build();
 * boolean ok = engine.chain(cert, List.of(), Instant.now()).trusted() && engine.leafProblems(cert).isEmpty();
 * }</pre>
 */
package vn.bansao.trust;

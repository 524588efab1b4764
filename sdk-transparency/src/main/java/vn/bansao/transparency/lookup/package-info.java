/**
 * The register lookup SPI: how a verifier asks a certification register (local or remote) for the entry a
 * copy claims, and the one model of its answer ({@link vn.bansao.transparency.lookup.RegisterRecord},
 * {@link vn.bansao.transparency.lookup.EntryStatus}).
 *
 * <pre>{@code
 * RegisterLookup lookup = ref -> Optional.of(new RegisterRecord(ref.year(), Long.toString(ref.number()),
 *         EntryStatus.CERTIFIED, Optional.empty(), Optional.empty(), Optional.of(sha256), Optional.of(proof)));
 * }</pre>
 */
package vn.bansao.transparency.lookup;

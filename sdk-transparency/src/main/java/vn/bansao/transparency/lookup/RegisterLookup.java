package vn.bansao.transparency.lookup;

import java.io.IOException;
import java.util.Optional;

/**
 * Where the verifier finds the certification register entry of a copy: a local register database
 * ({@code vn.bansao.register.RegisterLookups.of(register)} in bansao-register), or a remote register (e.g. the
 * issuing province's HTTPS API). The answer carries the evidence the verifier checks itself: the leaf bytes,
 * the inclusion proof and the signed checkpoint note ({@link RegisterRecord#proof()}).
 *
 * <pre>{@code
 * RegisterLookup remote = ref -> myHttpClient.fetchEntry(ref.agencyCode(), ref.year(), ref.number());
 * CopyVerifier v = CopyVerifier.builder().trustAnchors(anchors).register(remote).build();
 * }</pre>
 */
@FunctionalInterface
public interface RegisterLookup {

    /**
     * The entry the copy's certification facts point to, or empty when there is none.
     *
     * @throws IOException when the register cannot be reached (the check then becomes INDETERMINATE)
     */
    Optional<RegisterRecord> find(CertificationReference reference) throws IOException;
}

package vn.bansao.verify;

import vn.bansao.signing.CertifiedCopySigning;
import vn.bansao.signing.PadesSigner;
import vn.bansao.testkit.Identity;

/** The honest two-signature workflow with any two identities (the signer's pre-check still runs). */
final class CertifiedCopySigningAccess {
    private CertifiedCopySigningAccess() {
    }

    static byte[] both(PadesSigner signer, byte[] unsigned, Identity officer, Identity authority) {
        return CertifiedCopySigning.signBoth(signer, unsigned, SignedCopies.key(officer), SignedCopies.key(authority)).pdf();
    }
}

package vn.bansao.verify;

import java.util.List;
import java.util.Optional;

/**
 * Who signed, read from the signing certificate's subject: name, title ({@code T}), organisation
 * ({@code O}) and the Vietnamese identifiers carried in repeated {@code UID} attributes
 * ({@code MST:}, {@code CCCD:}, {@code CMND:}, {@code MNS:}).
 *
 * <pre>{@code
 * SignerIdentity s = sig.signer().orElseThrow();
 * System.out.println(s.commonName() + " " + s.title().orElse("") + " MST " + s.mst());
 * }</pre>
 *
 * @param commonName   CN
 * @param title        T (officers' certificates state their title)
 * @param organisation O
 * @param mst          tax codes ({@code MST:0101234567} or with {@code -NNN} branch)
 * @param cccd         12-digit citizen identity numbers
 * @param cmnd         old 9- or 12-digit identity numbers
 * @param mns          budget relationship codes
 * @param subjectDn    the full subject, RFC 4514
 */
public record SignerIdentity(String commonName, Optional<String> title, Optional<String> organisation,
                             List<String> mst, List<String> cccd, List<String> cmnd, List<String> mns,
                             String subjectDn) {
    public SignerIdentity {
        mst = List.copyOf(mst);
        cccd = List.copyOf(cccd);
        cmnd = List.copyOf(cmnd);
        mns = List.copyOf(mns);
    }
}

package vn.bansao.signing;

import java.time.Instant;
import java.util.List;

/**
 * What one signature operation produced.
 *
 * <pre>{@code
 * SigningResult r = signer.sign(in, out, key, Role.OFFICER);
 * r.warnings().forEach(System.err::println);   // e.g. revocation could not be checked
 * }</pre>
 *
 * @param field        the signature field signed, e.g. {@code bansao_officer}
 * @param role         the signer's role
 * @param level        the PAdES level the document was brought to
 * @param signingTime  the claimed signing time (the /M entry; the time-stamp is authoritative from B-T)
 * @param signerName   the signer's common name
 * @param certification whether this is a certification (DocMDP) signature
 * @param warnings     non-fatal problems in Vietnamese / English, e.g. revocation status unknown
 */
public record SigningResult(String field, Role role, Level level, Instant signingTime, String signerName,
                            boolean certification, List<String> warnings) {

    public SigningResult {
        warnings = List.copyOf(warnings);
    }
}

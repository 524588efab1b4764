package vn.bansao.verify.internal.pdf;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.cos.COSObjectKey;

/**
 * A signature dictionary found through the signature fields of the final revision.
 *
 * <pre>{@code
 * long signedBytes = signature.signedEnd();
 * }</pre>
 *
 * @param fieldNames     fully qualified names of the fields referencing it (one signature may have two)
 * @param key            the dictionary's object key, empty when it is a direct object
 * @param type           {@code Sig} or {@code DocTimeStamp}
 * @param subFilter      e.g. {@code ETSI.CAdES.detached}
 * @param byteRange      the /ByteRange numbers as written (may be malformed)
 * @param contents       the /Contents bytes (hex-decoded, with the zero padding)
 * @param claimedTime    /M
 * @param docMdpP        /P of a DocMDP transform in /Reference, when present
 * @param certification  true when the catalog's /Perms /DocMDP points to this dictionary
 */
public record PdfSignature(List<String> fieldNames, Optional<COSObjectKey> key, String type, String subFilter,
                           long[] byteRange, byte[] contents, Optional<Instant> claimedTime, Optional<Integer> docMdpP,
                           boolean certification) {

    /** End of the signed bytes according to the ByteRange (0 when malformed). */
    public long signedEnd() {
        return byteRange.length == 4 ? byteRange[2] + byteRange[3] : 0;
    }

    public boolean isDocumentTimestamp() {
        return "DocTimeStamp".equals(type) || "ETSI.RFC3161".equals(subFilter);
    }
}

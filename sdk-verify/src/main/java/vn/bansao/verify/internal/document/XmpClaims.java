package vn.bansao.verify.internal.document;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import vn.bansao.verify.internal.pdf.Revision;

/**
 * Reads the XMP metadata packet of a revision as text (size-capped, never through an XML parser, so no
 * external entity can be resolved) and extracts the PDF/A identification.
 *
 * <pre>{@code
 * Optional<String> claim = XmpClaims.xmp(revision).flatMap(XmpClaims::pdfaClaim); // "PDF/A-3u"
 * }</pre>
 */
public final class XmpClaims {

    private static final int MAX_XMP = 4 << 20;
    private static final Pattern PART = Pattern.compile("pdfaid:part\\s*(?:=\\s*[\"']|>)\\s*(\\d)");
    private static final Pattern CONFORMANCE = Pattern.compile("pdfaid:conformance\\s*(?:=\\s*[\"']|>)\\s*([A-Za-z])");

    private XmpClaims() {
    }

    /** The XMP packet of the catalog, as UTF-8 text. */
    public static Optional<String> xmp(Revision rev) {
        COSDictionary catalog = rev.catalog();
        if (catalog == null) {
            return Optional.empty();
        }
        COSBase m = catalog.getItem(COSName.METADATA);
        if (m instanceof COSObject o) {
            m = o.getObject();
        }
        if (!(m instanceof COSStream s)) {
            return Optional.empty();
        }
        return vn.bansao.verify.internal.pdf.BoundedStreams.decode(s, MAX_XMP)
                .map(data -> new String(data, StandardCharsets.UTF_8));
    }

    /** E.g. {@code PDF/A-2b}. */
    public static Optional<String> pdfaClaim(String xmp) {
        Matcher p = PART.matcher(xmp);
        if (!p.find()) {
            return Optional.empty();
        }
        Matcher c = CONFORMANCE.matcher(xmp);
        return Optional.of("PDF/A-" + p.group(1) + (c.find() ? c.group(1).toLowerCase(java.util.Locale.ROOT) : ""));
    }
}

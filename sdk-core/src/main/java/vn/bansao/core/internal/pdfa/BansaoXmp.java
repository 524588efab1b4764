package vn.bansao.core.internal.pdfa;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.bansao.core.PdfALevel;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;

/**
 * The XMP packet of a certified copy, written as text for byte-stable output, and read back with a
 * hardened DOM parser (no DTDs, no external entities).
 *
 * <p>The {@code bansao} schema, namespace {@value #NS}, prefix {@code bansao}, all properties Text:
 * kind, number, book, registerType, date (yyyy-MM-dd), bodyName, bodyCode, requesterName, requesterId,
 * originalTitle, originalIssuer, originalNumber, originalDate, pages, copies, certifierName, certifierTitle,
 * fee (VND, absent when none), portalUrl (absent when none), scanDigest (see Manifest.scanDigestOf).
 */
public final class BansaoXmp {

    /** Namespace URI of the bansao schema. */
    public static final String NS = "https://bansao.vn/ns/certified-copy/1.0/";
    public static final String PRODUCER = "bansao";

    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private static final String[][] PROPERTIES = {
        {"kind", "FROM_ORIGINAL or FROM_MASTER_REGISTER"},
        {"number", "certification number"},
        {"book", "book number (quyen so)"},
        {"registerType", "register type symbol"},
        {"date", "certification date yyyy-MM-dd"},
        {"bodyName", "certifying body"},
        {"bodyCode", "agency code of the certifying body"},
        {"requesterName", "requester name"},
        {"requesterId", "requester identity number"},
        {"originalTitle", "title of the original"},
        {"originalIssuer", "issuer of the original"},
        {"originalNumber", "number of the original"},
        {"originalDate", "date of the original yyyy-MM-dd"},
        {"pages", "pages of the original"},
        {"copies", "number of copies"},
        {"certifierName", "certifying officer"},
        {"certifierTitle", "title of the certifying officer"},
        {"fee", "fee in VND"},
        {"portalUrl", "verification portal URL"},
        {"scanDigest", "SHA-256 base64url over the scanned pages' source digests"},
    };

    private BansaoXmp() {
    }

    /** The packet. */
    public static byte[] write(CertificationFacts f, String scanDigest, String title, Instant created,
                               String documentUuid, PdfALevel level) {
        StringBuilder x = new StringBuilder(8192);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
         .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
         .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
         .append(" <pdfaid:part>").append(level.part()).append("</pdfaid:part>\n")
         .append(" <pdfaid:conformance>").append(level.conformance()).append("</pdfaid:conformance>\n")
         .append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
         .append(" <dc:format>application/pdf</dc:format>\n")
         .append(" <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(title))
         .append("</rdf:li></rdf:Alt></dc:title>\n")
         .append("</rdf:Description>\n");
        String date = XMP_DATE.format(created);
        x.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
         .append(" <xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
         .append(" <xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
         .append(" <xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n")
         .append(" <xmp:CreatorTool>").append(PRODUCER).append("</xmp:CreatorTool>\n")
         .append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
         .append(" <pdf:Producer>").append(PRODUCER).append("</pdf:Producer>\n")
         .append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n")
         .append(" <xmpMM:DocumentID>uuid:").append(documentUuid).append("</xmpMM:DocumentID>\n")
         .append(" <xmpMM:InstanceID>uuid:").append(documentUuid).append("</xmpMM:InstanceID>\n")
         .append("</rdf:Description>\n");
        // the PDF/A extension schema declaring every bansao property, so validators accept them
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
         .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
         .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
         .append(" <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
         .append("  <pdfaSchema:schema>bansao certified electronic copy</pdfaSchema:schema>\n")
         .append("  <pdfaSchema:namespaceURI>").append(NS).append("</pdfaSchema:namespaceURI>\n")
         .append("  <pdfaSchema:prefix>bansao</pdfaSchema:prefix>\n")
         .append("  <pdfaSchema:property><rdf:Seq>\n");
        for (String[] p : PROPERTIES) {
            x.append("   <rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>").append(p[0])
             .append("</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType>")
             .append("<pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>")
             .append(esc(p[1])).append("</pdfaProperty:description></rdf:li>\n");
        }
        x.append("  </rdf:Seq></pdfaSchema:property>\n")
         .append(" </rdf:li></rdf:Bag></pdfaExtension:schemas>\n")
         .append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:bansao=\"").append(NS).append("\">\n");
        for (Map.Entry<String, String> e : values(f, scanDigest).entrySet()) {
            x.append(" <bansao:").append(e.getKey()).append('>').append(esc(e.getValue()))
             .append("</bansao:").append(e.getKey()).append(">\n");
        }
        x.append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n");
        // padding lets an editor rewrite the packet in place
        for (int i = 0; i < 20; i++) {
            x.append("                                                                                                   \n");
        }
        x.append("<?xpacket end=\"w\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> values(CertificationFacts f, String scanDigest) {
        Map<String, String> v = new LinkedHashMap<>(f.xmpProperties());
        v.put("scanDigest", scanDigest);
        return v;
    }

    /**
     * What the packet says.
     *
     * @param facts      the certification facts
     * @param scanDigest the scan digest
     * @param pdfaPart   pdfaid:part
     * @param pdfaConformance pdfaid:conformance
     * @param documentId xmpMM:DocumentID
     */
    public record Parsed(CertificationFacts facts, String scanDigest, String pdfaPart, String pdfaConformance,
                         String documentId) {
    }

    /** Parses a packet; {@link IllegalArgumentException} when it has no bansao facts. */
    public static Parsed read(byte[] xmp) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setFeature("http://xml.org/sax/features/external-general-entities", false);
        dbf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        dbf.setXIncludeAware(false);
        dbf.setExpandEntityReferences(false);
        DocumentBuilder db = dbf.newDocumentBuilder();
        db.setErrorHandler(null);
        org.w3c.dom.Document doc = db.parse(new ByteArrayInputStream(xmp));
        Map<String, String> v = new LinkedHashMap<>();
        NodeList all = doc.getElementsByTagNameNS(NS, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Node n = all.item(i);
            v.putIfAbsent(n.getLocalName(), n.getTextContent().strip());
        }
        if (!v.containsKey("kind")) {
            throw new IllegalArgumentException("no bansao facts in XMP");
        }
        CertificationFacts.Builder b = CertificationFacts.builder()
                .kind(CertificationKind.valueOf(v.get("kind")))
                .number(Long.parseLong(v.get("number")))
                .book(v.get("book"))
                .registerType(v.get("registerType"))
                .date(LocalDate.parse(v.get("date")))
                .certifyingBody(v.get("bodyName"), v.get("bodyCode"))
                .requester(v.get("requesterName"), v.get("requesterId"))
                .document(v.get("originalTitle"), v.get("originalIssuer"), v.getOrDefault("originalNumber", ""),
                        LocalDate.parse(v.get("originalDate")))
                .pages(Integer.parseInt(v.get("pages")))
                .copies(Integer.parseInt(v.get("copies")))
                .certifier(v.get("certifierName"), v.get("certifierTitle"));
        OptionalLong fee = v.containsKey("fee") ? OptionalLong.of(Long.parseLong(v.get("fee"))) : OptionalLong.empty();
        fee.ifPresent(b::fee);
        Optional.ofNullable(v.get("portalUrl")).ifPresent(b::portalUrl);
        return new Parsed(b.build(), v.getOrDefault("scanDigest", ""),
                text(doc, "http://www.aiim.org/pdfa/ns/id/", "part"),
                text(doc, "http://www.aiim.org/pdfa/ns/id/", "conformance"),
                text(doc, "http://ns.adobe.com/xap/1.0/mm/", "DocumentID"));
    }

    private static String text(org.w3c.dom.Document doc, String ns, String local) {
        NodeList l = doc.getElementsByTagNameNS(ns, local);
        if (l.getLength() > 0) {
            return l.item(0).getTextContent().strip();
        }
        // attribute form (rdf:Description pdfaid:part="3")
        NodeList d = doc.getElementsByTagNameNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "Description");
        for (int i = 0; i < d.getLength(); i++) {
            String a = ((Element) d.item(i)).getAttributeNS(ns, local);
            if (!a.isEmpty()) {
                return a;
            }
        }
        return "";
    }

    private static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n') {
                        sb.append(' ');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}

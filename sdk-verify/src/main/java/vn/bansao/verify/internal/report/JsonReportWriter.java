package vn.bansao.verify.internal.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.bansao.verify.CertificateInfo;
import vn.bansao.verify.Finding;
import vn.bansao.verify.SignatureReport;
import vn.bansao.verify.VerificationReport;

/**
 * Writes a report as JSON, schema {@code bansao-verification/1} (documented in sdk-verify/README.md).
 * The tree is built by hand so that the schema is explicit and stable, independent of the Java records.
 *
 * <pre>{@code
 * String json = JsonReportWriter.write(report);
 * }</pre>
 */
public final class JsonReportWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReportWriter() {
    }

    public static String write(VerificationReport r) {
        try {
            return MAPPER.writeValueAsString(tree(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String writeArray(List<VerificationReport> reports) {
        ArrayNode array = MAPPER.createArrayNode();
        reports.forEach(r -> array.add(tree(r)));
        try {
            return MAPPER.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode tree(VerificationReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", VerificationReport.SCHEMA);
        root.put("file", r.source());
        root.put("sha256", r.sha256());
        root.put("size", r.size());
        root.put("verdict", r.verdict().name());
        root.set("reasons", findings(r.reasons()));
        root.put("validationTime", r.validationTime().toString());
        root.put("elapsedMillis", r.elapsed().toMillis());
        ObjectNode doc = root.putObject("document");
        doc.put("pages", r.document().pages());
        doc.put("revisions", r.document().revisions());
        doc.put("certifiedCopy", r.document().certifiedCopy());
        text(doc, "pdfa", r.document().pdfaClaim());
        if (r.document().facts().isPresent()) {
            var f = r.document().facts().get();
            ObjectNode facts = doc.putObject("facts");
            // schema bansao-verification/1: number as text, "all" by the copy's XMP property names
            facts.put("kind", f.kind().name());
            facts.put("number", Long.toString(f.number()));
            facts.put("year", f.year());
            facts.put("book", f.book());
            ObjectNode all = facts.putObject("all");
            r.document().factProperties().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> all.put(e.getKey(), e.getValue()));
        } else {
            doc.putNull("facts");
        }
        ArrayNode pages = doc.putArray("pageHashes");
        r.document().pageHashes().forEach(p -> {
            ObjectNode n = pages.addObject();
            n.put("page", p.page());
            n.put("expected", p.expected());
            n.put("actual", p.actual());
            n.put("matches", p.matches());
        });
        ArrayNode sigs = root.putArray("signatures");
        for (SignatureReport s : r.signatures()) {
            sigs.add(signature(s));
        }
        if (r.register().isPresent()) {
            var reg = r.register().get();
            ObjectNode n = root.putObject("register");
            n.put("outcome", reg.outcome().name());
            n.put("year", reg.year());
            n.put("number", reg.number());
            n.set("findings", findings(reg.findings()));
        } else {
            root.putNull("register");
        }
        text(root, "etsiXml", r.etsiXml());
        return root;
    }

    private static ObjectNode signature(SignatureReport s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("field", s.fieldName());
        n.put("subFilter", s.subFilter());
        n.put("role", s.role().name());
        n.put("indication", s.indication().name());
        text(n, "subIndication", s.subIndication().map(Enum::name));
        if (s.signer().isPresent()) {
            var id = s.signer().get();
            ObjectNode signer = n.putObject("signer");
            signer.put("commonName", id.commonName());
            text(signer, "title", id.title());
            text(signer, "organisation", id.organisation());
            strings(signer.putArray("mst"), id.mst());
            strings(signer.putArray("cccd"), id.cccd());
            strings(signer.putArray("cmnd"), id.cmnd());
            strings(signer.putArray("mns"), id.mns());
            signer.put("subject", id.subjectDn());
        } else {
            n.putNull("signer");
        }
        text(n, "claimedSigningTime", s.claimedSigningTime().map(Instant::toString));
        text(n, "timestampTime", s.timestampTime().map(Instant::toString));
        n.put("level", s.level().name());
        ArrayNode chain = n.putArray("chain");
        s.chain().forEach(c -> chain.add(cert(c)));
        if (s.trustAnchor().isPresent()) {
            n.set("trustAnchor", cert(s.trustAnchor().get()));
        } else {
            n.putNull("trustAnchor");
        }
        ObjectNode rev = n.putObject("revocation");
        rev.put("status", s.revocation().status().name());
        rev.put("source", s.revocation().source());
        text(rev, "issuedAt", s.revocation().issuedAt().map(Instant::toString));
        text(rev, "revokedAt", s.revocation().revokedAt().map(Instant::toString));
        rev.put("fetchedOnline", s.revocation().fetchedOnline());
        ObjectNode alg = n.putObject("algorithms");
        alg.put("signature", s.algorithms().signatureAlgorithm());
        alg.put("digest", s.algorithms().digestAlgorithm());
        alg.put("key", s.algorithms().keyAlgorithm());
        alg.put("keyBits", s.algorithms().keyBits());
        alg.put("circular15Compliant", s.algorithms().compliant());
        strings(alg.putArray("problems"), s.algorithms().problems());
        if (s.docMdpPermissions().isPresent()) {
            n.put("docMdp", s.docMdpPermissions().get());
        } else {
            n.putNull("docMdp");
        }
        n.put("signedBytes", s.signedRevisionEnd());
        n.put("changesAfter", s.changesAfter().name());
        strings(n.putArray("changeDetails"), s.changeDetails());
        n.set("findings", findings(s.findings()));
        return n;
    }

    private static ObjectNode cert(CertificateInfo c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("subject", c.subject());
        n.put("issuer", c.issuer());
        n.put("serial", c.serial());
        n.put("notBefore", c.notBefore().toString());
        n.put("notAfter", c.notAfter().toString());
        n.put("sha256", c.sha256());
        return n;
    }

    private static ArrayNode findings(List<Finding> list) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Finding f : list) {
            ObjectNode n = a.addObject();
            n.put("code", f.code());
            n.put("severity", f.severity().name());
            n.put("vi", f.vi());
            n.put("en", f.en());
        }
        return a;
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private static void text(ObjectNode n, String key, Optional<String> v) {
        if (v.isPresent()) {
            n.put(key, v.get());
        } else {
            n.putNull(key);
        }
    }

}

package vn.bansao.certification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.cert.X509Certificate;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.trust.RolePolicy;
import vn.bansao.trust.TrustProblem;

/**
 * The statement names who signs. The certifier's name is the officer's certificate {@code CN}, the certifier's
 * title its {@code T} (or another configured attribute), the certifying body the seal's {@code CN} — the same
 * attributes the verifier's {@link RolePolicy} compares, with the same rules (Unicode NFC, case and white space
 * ignored, diacritics kept; the body on its main name before the first comma), so a copy issued here never
 * earns {@code ROLE_OFFICER_NAME}, {@code ROLE_OFFICER_TITLE} or {@code ROLE_AUTHORITY_BODY} at verification.
 *
 * <p>Facts that name someone else are refused ({@link CertificationRefusedException.Code#STATEMENT_MISMATCH}),
 * never printed under another person's signature; facts that agree are printed with the certificates' exact
 * spelling; facts that leave a name out get it from the certificates ({@link FactsInput}). The
 * seal's {@code O} is not the body: Vietnamese CAs put the superior authority there ("UBND Thành phố Hồ Chí
 * Minh" for a ward's seal). A copy from the master register is signed by the body alone, so its certifier line
 * is not checked against any certificate.
 *
 * <pre>{@code
 * SignerStatement signers = SignerStatement.of(Optional.of(officerCert), Optional.of(sealCert));
 * CertificationFacts printed = signers.apply(facts);   // or CertificationRefusedException STATEMENT_MISMATCH
 * }</pre>
 */
public final class SignerStatement {

    /** The rules the verifier applies; only the three naming rules are used here. */
    private static final RolePolicy NAMES = RolePolicy.defaults();

    private final Optional<X509Certificate> officer;
    private final Optional<X509Certificate> seal;
    private final ASN1ObjectIdentifier titleAttribute;

    private SignerStatement(Optional<X509Certificate> officer, Optional<X509Certificate> seal,
                            ASN1ObjectIdentifier titleAttribute) {
        this.officer = Objects.requireNonNull(officer, "officer");
        this.seal = Objects.requireNonNull(seal, "seal");
        this.titleAttribute = Objects.requireNonNull(titleAttribute, "titleAttribute");
    }

    /**
     * The statement of these signers; either may be absent (a portal that holds only the seal, a remote-signing
     * step that knows only one certificate): an absent signer's names are left as the facts state them.
     */
    public static SignerStatement of(Optional<X509Certificate> officer, Optional<X509Certificate> seal) {
        return new SignerStatement(officer, seal, BCStyle.T);
    }

    /**
     * The same signers, the certifier's title read from {@code attribute} ({@code "T"} by default; e.g.
     * {@code "OU"} for a CA that puts the position there).
     *
     * @throws IllegalArgumentException for a name BouncyCastle's X.500 style does not know
     */
    public SignerStatement withTitleAttribute(String attribute) {
        ASN1ObjectIdentifier oid;
        try {
            oid = BCStyle.INSTANCE.attrNameToOID(attribute.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Thuộc tính chức danh không rõ / unknown title attribute: " + attribute, e);
        }
        return new SignerStatement(officer, seal, oid);
    }

    /** The officer's name ({@code CN}), when an officer's certificate is known. */
    public Optional<String> certifierName() {
        return officer.flatMap(c -> attribute(c, BCStyle.CN));
    }

    /** The officer's title (the title attribute), when the certificate carries one. */
    public Optional<String> certifierTitle() {
        return officer.flatMap(c -> attribute(c, titleAttribute));
    }

    /** The certifying body ({@code CN} of the seal), when the seal's certificate is known. */
    public Optional<String> bodyName() {
        return seal.flatMap(c -> attribute(c, BCStyle.CN));
    }

    /**
     * Facts JSON (the {@code --facts} format) with what it leaves out taken from the certificates: the
     * certifying body's name, the certifier's name and title. What it states is kept, to be checked by
     * {@link #apply(CertificationFacts)}.
     */
    ObjectNode fillMissing(ObjectNode facts) {
        ObjectNode filled = facts.deepCopy();
        bodyName().ifPresent(body -> {
            ObjectNode node = object(filled, "certifyingBody");
            if (blank(node.get("name"))) {
                node.put("name", body);
            }
        });
        boolean fromOriginal = !CertificationKind.FROM_MASTER_REGISTER.name().equals(filled.path("kind").asText());
        if (fromOriginal && officer.isPresent()) {
            ObjectNode node = object(filled, "certifier");
            if (blank(node.get("name"))) {
                certifierName().ifPresent(name -> node.put("name", name));
            }
            if (blank(node.get("title"))) {
                certifierTitle().ifPresent(title -> node.put("title", title));
            }
        }
        return filled;
    }

    /**
     * The facts as they may be printed: the certificates' spelling of the names, or a refusal when the facts
     * name another certifier, title or body.
     *
     * @throws CertificationRefusedException {@code STATEMENT_MISMATCH}, naming the field and both values
     */
    public CertificationFacts apply(CertificationFacts facts) {
        CertificationFacts.Builder printed = facts.toBuilder();
        if (seal.isPresent()) {
            String body = bodyName().orElseThrow(() -> mismatch(
                    "Chứng thư số của con dấu không có tên cơ quan (CN)", "the seal's certificate names no body (CN)"));
            if (!agrees(RolePolicy.Role.AUTHORITY, seal.get(), facts.bodyName(), null, "ROLE_AUTHORITY_BODY")) {
                throw differs("tên cơ quan chứng thực", "certifying body", facts.bodyName(), body, "con dấu", "seal");
            }
            printed.certifyingBody(body, facts.agencyCode());
        }
        if (officer.isPresent() && facts.kind() == CertificationKind.FROM_ORIGINAL) {
            String name = certifierName().orElseThrow(() -> mismatch(
                    "Chứng thư số của người thực hiện chứng thực không có họ tên (CN)",
                    "the officer's certificate names no person (CN)"));
            if (!agrees(RolePolicy.Role.OFFICER, officer.get(), facts.certifierName(), null, "ROLE_OFFICER_NAME")) {
                throw differs("người thực hiện chứng thực", "certifier", facts.certifierName(), name, "cán bộ", "officer");
            }
            String title = facts.certifierTitle();
            Optional<String> certified = certifierTitle();
            if (certified.isPresent()) {
                boolean same = titleAttribute.equals(BCStyle.T)
                        ? agrees(RolePolicy.Role.OFFICER, officer.get(), facts.certifierName(), title, "ROLE_OFFICER_TITLE")
                        : comparable(title).equals(comparable(certified.get()));
                if (!same) {
                    throw differs("chức danh", "certifier's title", title, certified.get(), "cán bộ", "officer");
                }
                title = certified.get();
            }
            printed.certifier(name, title);
        }
        return printed.build();
    }

    /**
     * The register's own name for the body (its book export prints it) agrees with the seal's; an empty name
     * (the register prints the code only) agrees with any.
     *
     * @throws CertificationRefusedException {@code STATEMENT_MISMATCH}
     */
    public void requireRegisterAgency(String registerAgencyName) {
        if (seal.isEmpty() || registerAgencyName.isBlank()) {
            return;
        }
        if (!agrees(RolePolicy.Role.AUTHORITY, seal.get(), registerAgencyName, null, "ROLE_AUTHORITY_BODY")) {
            throw differs("tên cơ quan trong sổ", "body name of the register", registerAgencyName,
                    bodyName().orElse(""), "con dấu", "seal");
        }
    }

    /** True when the verifier's {@code code} rule finds nothing wrong for {@code cert} against the stated name (and title). */
    private static boolean agrees(RolePolicy.Role role, X509Certificate cert, String name, String title, String code) {
        List<TrustProblem> found = NAMES.check(role, cert, Optional.of(name), Optional.ofNullable(title));
        return found.stream().noneMatch(p -> p.rule().equals(code));
    }

    private static CertificationRefusedException differs(String fieldVi, String fieldEn, String stated, String signed,
                                                         String whoVi, String whoEn) {
        return mismatch("Dữ kiện ghi " + fieldVi + " \"" + stated + "\" nhưng chứng thư số của " + whoVi + " ghi \""
                        + signed + "\"",
                "the facts state " + fieldEn + " \"" + stated + "\" but the " + whoEn + "'s certificate says \""
                        + signed + "\"");
    }

    private static CertificationRefusedException mismatch(String vi, String en) {
        return new CertificationRefusedException(CertificationRefusedException.Code.STATEMENT_MISMATCH, vi, en);
    }

    /** As the verifier compares names: NFC, lower case, one space, trailing punctuation dropped. */
    static String comparable(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        return n.replaceAll("[\\s.;,]+$", "");
    }

    private static Optional<String> attribute(X509Certificate c, ASN1ObjectIdentifier type) {
        X500Name name = X500Name.getInstance(c.getSubjectX500Principal().getEncoded());
        for (RDN rdn : name.getRDNs()) {
            for (AttributeTypeAndValue tv : rdn.getTypesAndValues()) {
                if (tv.getType().equals(type)) {
                    // the string itself, not RFC 4514's escaped form: the statement prints plain text
                    String text = tv.getValue() instanceof ASN1String str ? str.getString()
                            : IETFUtils.valueToString(tv.getValue());
                    String plain = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
                    return plain.isEmpty() ? Optional.empty() : Optional.of(plain);
                }
            }
        }
        return Optional.empty();
    }

    private static ObjectNode object(ObjectNode parent, String field) {
        JsonNode node = parent.get(field);
        return node instanceof ObjectNode object ? object : parent.putObject(field);
    }

    private static boolean blank(JsonNode node) {
        return node == null || node.isNull() || (node.isTextual() && node.asText().isBlank());
    }
}

package vn.bansao.trust;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.bansao.trust.internal.Subjects;

/**
 * Who may sign a certified copy in which role, decided from the certificate and the signed facts, never from the
 * field name alone. Defaults (Decree 45/2020 art. 10, Decree 23/2015):
 * <ul>
 * <li><b>officer</b> (người thực hiện chứng thực): a personal certificate, i.e. a UID {@code CCCD:} or
 *     {@code CMND:}; a certificate carrying only an organisation's {@code MST:}/{@code MNS:} is a seal, not a person
 *     ({@code ROLE_OFFICER_NOT_PERSONAL}, FAILED); its CN must be the certifier named in the facts
 *     ({@code ROLE_OFFICER_NAME}, UNCERTAIN) and its T, when present, the certifier's title
 *     ({@code ROLE_OFFICER_TITLE}, UNCERTAIN);</li>
 * <li><b>authority</b> (cơ quan chứng thực): the certifying body's seal certificate: a UID {@code MST:} or
 *     {@code MNS:} and no personal identifier ({@code ROLE_AUTHORITY_NOT_SEAL}, FAILED); its CN must be the
 *     certifying body of the facts, compared on the main name before the first comma
 *     ({@code ROLE_AUTHORITY_BODY}, UNCERTAIN);</li>
 * <li>the two signatures must use different certificates and keys ({@code ROLE_SAME_CERTIFICATE}, FAILED).</li>
 * </ul>
 * A time-stamping or OCSP certificate (EKU timeStamping/OCSPSigning) is neither a person nor a seal
 * ({@code ROLE_SERVICE_CERTIFICATE}, FAILED). Names are compared after Unicode NFC, case folding and white-space
 * collapsing; diacritics count. A province adjusts the defaults with {@link #toBuilder()}.
 *
 * <pre>{@code
 * RolePolicy hcm = RolePolicy.defaults().toBuilder()
 *         .organisationUidKinds(Set.of("MST", "MNS", "MDVQHNS"))
 *         .requireOfficerTitleMatch(false)
 *         .build();
 * List<TrustProblem> p = hcm.check(RolePolicy.Role.AUTHORITY, cert, Optional.of("UBND phường Bến Nghé"), Optional.empty());
 * }</pre>
 */
public final class RolePolicy {

    /** The two roles of a certified copy. */
    public enum Role { OFFICER, AUTHORITY }

    private static final String EKU_TSA = "1.3.6.1.5.5.7.3.8";
    private static final String EKU_OCSP = "1.3.6.1.5.5.7.3.9";

    private final Set<String> personalUidKinds;
    private final Set<String> organisationUidKinds;
    private final boolean officerMustBePersonal;
    private final boolean authorityMustBeSeal;
    private final boolean officerNameMatch;
    private final boolean officerTitleMatch;
    private final boolean authorityBodyMatch;
    private final boolean distinctCertificates;

    private RolePolicy(Builder b) {
        this.personalUidKinds = upper(b.personalUidKinds);
        this.organisationUidKinds = upper(b.organisationUidKinds);
        this.officerMustBePersonal = b.officerMustBePersonal;
        this.authorityMustBeSeal = b.authorityMustBeSeal;
        this.officerNameMatch = b.officerNameMatch;
        this.officerTitleMatch = b.officerTitleMatch;
        this.authorityBodyMatch = b.authorityBodyMatch;
        this.distinctCertificates = b.distinctCertificates;
    }

    /** Every rule on (the list above). */
    public static RolePolicy defaults() {
        return new Builder().build();
    }

    /** No role rule at all (only for documents that are not certified copies). */
    public static RolePolicy none() {
        return new Builder().officerMustBePersonal(false).authorityMustBeSeal(false).requireOfficerNameMatch(false)
                .requireOfficerTitleMatch(false).requireAuthorityBodyMatch(false).distinctCertificates(false).build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.personalUidKinds = personalUidKinds;
        b.organisationUidKinds = organisationUidKinds;
        b.officerMustBePersonal = officerMustBePersonal;
        b.authorityMustBeSeal = authorityMustBeSeal;
        b.officerNameMatch = officerNameMatch;
        b.officerTitleMatch = officerTitleMatch;
        b.authorityBodyMatch = authorityBodyMatch;
        b.distinctCertificates = distinctCertificates;
        return b;
    }

    /**
     * The rules {@code cert} breaks when it signs as {@code role}.
     *
     * @param expectedName  the certifier (officer) or certifying body (authority) the signed facts name
     * @param expectedTitle the certifier's title the facts state (officer only)
     */
    public List<TrustProblem> check(Role role, X509Certificate cert, Optional<String> expectedName,
                                    Optional<String> expectedTitle) {
        List<TrustProblem> out = new ArrayList<>();
        String dn = Subjects.dn(cert);
        List<String> personal = Subjects.uids(cert, personalUidKinds);
        List<String> organisation = Subjects.uids(cert, organisationUidKinds);
        String cn = Subjects.commonName(cert).orElse("");
        if (isServiceCertificate(cert)) {
            out.add(new TrustProblem("ROLE_SERVICE_CERTIFICATE", TrustProblem.Severity.FAILED, dn,
                    "Chứng thư " + dn + " là chứng thư dịch vụ (dấu thời gian/OCSP), không được dùng để ký với vai trò "
                            + vi(role),
                    "certificate " + dn + " is a service certificate (time-stamping/OCSP) and may not sign as the " + en(role)));
        }
        if (role == Role.OFFICER) {
            if (officerMustBePersonal && personal.isEmpty()) {
                out.add(new TrustProblem("ROLE_OFFICER_NOT_PERSONAL", TrustProblem.Severity.FAILED, dn,
                        "Chữ ký của người thực hiện chứng thực phải dùng chứng thư số cá nhân (UID " + kinds(personalUidKinds)
                                + "); chứng thư " + dn + " không phải của cá nhân"
                                + (organisation.isEmpty() ? "" : " (chỉ có mã số tổ chức " + organisation + ")"),
                        "the officer's signature must use a personal certificate (UID " + kinds(personalUidKinds)
                                + "); certificate " + dn + " is not an individual's"
                                + (organisation.isEmpty() ? "" : " (organisation identifier only: " + organisation + ")")));
            }
            if (officerNameMatch && expectedName.isPresent()
                    && !Subjects.normalise(cn).equals(Subjects.normalise(expectedName.get()))) {
                out.add(new TrustProblem("ROLE_OFFICER_NAME", TrustProblem.Severity.UNCERTAIN, dn,
                        "Tên người ký trong chứng thư (" + cn + ") khác người thực hiện chứng thực ghi trong lời chứng ("
                                + expectedName.get() + ")",
                        "the certificate's name (" + cn + ") differs from the certifier stated in the certification ("
                                + expectedName.get() + ")"));
            }
            Optional<String> t = Subjects.title(cert);
            if (officerTitleMatch && expectedTitle.isPresent() && t.isPresent()
                    && !Subjects.normalise(t.get()).equals(Subjects.normalise(expectedTitle.get()))) {
                out.add(new TrustProblem("ROLE_OFFICER_TITLE", TrustProblem.Severity.UNCERTAIN, dn,
                        "Chức danh trong chứng thư (" + t.get() + ") khác chức danh ghi trong lời chứng ("
                                + expectedTitle.get() + ")",
                        "the certificate's title (" + t.get() + ") differs from the title stated in the certification ("
                                + expectedTitle.get() + ")"));
            }
        } else {
            if (authorityMustBeSeal && (organisation.isEmpty() || !personal.isEmpty())) {
                out.add(new TrustProblem("ROLE_AUTHORITY_NOT_SEAL", TrustProblem.Severity.FAILED, dn,
                        "Chữ ký của cơ quan chứng thực phải dùng chứng thư số của tổ chức (UID " + kinds(organisationUidKinds)
                                + ", không có số định danh cá nhân); chứng thư " + dn + " không phải con dấu của cơ quan",
                        "the authority's signature must use the body's organisation certificate (UID "
                                + kinds(organisationUidKinds) + ", no personal identifier); certificate " + dn
                                + " is not the body's seal"));
            }
            if (authorityBodyMatch && expectedName.isPresent()
                    && !Subjects.mainName(cn).equals(Subjects.mainName(expectedName.get()))) {
                out.add(new TrustProblem("ROLE_AUTHORITY_BODY", TrustProblem.Severity.UNCERTAIN, dn,
                        "Tên tổ chức trong chứng thư (" + cn + ") khác cơ quan chứng thực ghi trong lời chứng ("
                                + expectedName.get() + ")",
                        "the seal certificate's organisation (" + cn + ") differs from the certifying body stated in the "
                                + "certification (" + expectedName.get() + ")"));
            }
        }
        return out;
    }

    /** The rule the officer's and the authority's certificates break together (same certificate or key). */
    public List<TrustProblem> checkPair(X509Certificate officer, X509Certificate authority) {
        if (!distinctCertificates) {
            return List.of();
        }
        if (officer.equals(authority) || officer.getPublicKey().equals(authority.getPublicKey())) {
            String dn = Subjects.dn(authority);
            return List.of(new TrustProblem("ROLE_SAME_CERTIFICATE", TrustProblem.Severity.FAILED, dn,
                    "Chữ ký của người thực hiện chứng thực và của cơ quan dùng cùng một chứng thư/khóa (" + dn + ")",
                    "the officer's and the authority's signatures use the same certificate or key (" + dn + ")"));
        }
        return List.of();
    }

    private static boolean isServiceCertificate(X509Certificate c) {
        try {
            List<String> eku = c.getExtendedKeyUsage();
            return eku != null && (eku.contains(EKU_TSA) || eku.contains(EKU_OCSP));
        } catch (Exception e) {
            return false;
        }
    }

    private static String kinds(Set<String> k) {
        return k.stream().sorted().collect(Collectors.joining("/"));
    }

    private static String vi(Role r) {
        return r == Role.OFFICER ? "người thực hiện chứng thực" : "cơ quan chứng thực";
    }

    private static String en(Role r) {
        return r == Role.OFFICER ? "officer" : "authority";
    }

    private static Set<String> upper(Set<String> s) {
        return s.stream().map(x -> x.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Adjusts a {@link RolePolicy}.
     *
     * <pre>{@code
     * RolePolicy p = RolePolicy.defaults().toBuilder().requireAuthorityBodyMatch(false).build();
     * }</pre>
     */
    public static final class Builder {
        private Set<String> personalUidKinds = Set.of("CCCD", "CMND");
        private Set<String> organisationUidKinds = Set.of("MST", "MNS");
        private boolean officerMustBePersonal = true;
        private boolean authorityMustBeSeal = true;
        private boolean officerNameMatch = true;
        private boolean officerTitleMatch = true;
        private boolean authorityBodyMatch = true;
        private boolean distinctCertificates = true;

        private Builder() {
        }

        /** UID kinds that identify a person (default CCCD, CMND; e.g. add HC for a passport). */
        public Builder personalUidKinds(Set<String> kinds) { this.personalUidKinds = Set.copyOf(kinds); return this; }
        /** UID kinds that identify an organisation (default MST, MNS). */
        public Builder organisationUidKinds(Set<String> kinds) { this.organisationUidKinds = Set.copyOf(kinds); return this; }
        public Builder officerMustBePersonal(boolean v) { this.officerMustBePersonal = v; return this; }
        public Builder authorityMustBeSeal(boolean v) { this.authorityMustBeSeal = v; return this; }
        public Builder requireOfficerNameMatch(boolean v) { this.officerNameMatch = v; return this; }
        public Builder requireOfficerTitleMatch(boolean v) { this.officerTitleMatch = v; return this; }
        public Builder requireAuthorityBodyMatch(boolean v) { this.authorityBodyMatch = v; return this; }
        public Builder distinctCertificates(boolean v) { this.distinctCertificates = v; return this; }

        public RolePolicy build() {
            return new RolePolicy(this);
        }
    }
}

package vn.bansao.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What certificate {@link TestPki#issue(IdentitySpec)} should make: subject, key, validity, usages, issuer.
 * Presets cover the usual negative cases; {@link #toBuilder()} tweaks one.
 *
 * <pre>{@code
 * Identity expired = pki.issue(IdentitySpec.expiredOfficer());
 * Identity ec = pki.issue(IdentitySpec.officer().toBuilder().keyType(KeyType.ECDSA_P256).build());
 * Identity custom = pki.issue(IdentitySpec.builder("clerk").commonName("Trần Văn Lự")
 *         .title("Công chức Văn phòng - Thống kê").uid("CCCD:001203004567").build());
 * }</pre>
 *
 * @param alias              PKCS#12 alias / file name of the result
 * @param commonName         CN
 * @param title              T (title), or null
 * @param uids               UID attributes, e.g. {@code CCCD:…}, {@code MST:…}
 * @param organization       O, or null
 * @param organizationalUnit OU, or null
 * @param locality           L, or null
 * @param state              ST, or null
 * @param country            C (PrintableString), or null
 * @param keyType            key and scheme; null = the PKI's default
 * @param notBefore          start of validity; null = one day ago
 * @param notAfter           end of validity; null = two years from now
 * @param keyUsage           key usage bits (always critical)
 * @param extendedKeyUsages  EKU OIDs (critical when non-empty and {@code ekuCritical})
 * @param ekuCritical        whether the EKU extension is critical
 * @param ocspNoCheck        add id-pkix-ocsp-nocheck
 * @param ca                 a CA certificate (basicConstraints cA=true)
 * @param sha1Signed         the issuer signs with SHA-1 (outdated; negative tests only)
 * @param issuer             who signs it
 * @param revocationUrls     put the kit's OCSP/caIssuers URLs (AIA) and CRL distribution point in
 */
public record IdentitySpec(String alias, String commonName, String title, List<String> uids, String organization,
                           String organizationalUnit, String locality, String state, String country,
                           KeyType keyType, Instant notBefore, Instant notAfter, Set<KeyUsage> keyUsage,
                           List<String> extendedKeyUsages, boolean ekuCritical, boolean ocspNoCheck, boolean ca,
                           boolean sha1Signed, Issuer issuer, boolean revocationUrls) {

    /** Key usage bits of RFC 5280 §4.2.1.3. */
    public enum KeyUsage {
        DIGITAL_SIGNATURE, NON_REPUDIATION, KEY_ENCIPHERMENT, DATA_ENCIPHERMENT, KEY_AGREEMENT, KEY_CERT_SIGN,
        CRL_SIGN
    }

    /** Who signs the certificate. */
    public enum Issuer {
        /** The kit's issuing CA (the normal case). */
        ISSUING_CA,
        /** The kit's root CA directly. */
        ROOT,
        /**
         * A separate, untrusted root and issuing CA carrying exactly the same names as the kit's own: an
         * impostor whose certificate looks right by name and must fail by key.
         */
        UNTRUSTED_ROOT
    }

    /** RFC 3161 EKU id-kp-timeStamping. */
    public static final String EKU_TIME_STAMPING = "1.3.6.1.5.5.7.3.8";
    /** RFC 6960 EKU id-kp-OCSPSigning. */
    public static final String EKU_OCSP_SIGNING = "1.3.6.1.5.5.7.3.9";

    /** The officer's CCCD number used by {@link #officer()}. */
    public static final String OFFICER_CCCD = "079190012345";
    /** The authority's tax code used by {@link #authority()}. */
    public static final String AUTHORITY_MST = "0301234567";

    public IdentitySpec {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(commonName, "commonName");
        uids = List.copyOf(uids);
        keyUsage = keyUsage.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(keyUsage));
        extendedKeyUsages = List.copyOf(extendedKeyUsages);
        Objects.requireNonNull(issuer, "issuer");
    }

    /** The key type, if this spec overrides the PKI's default. */
    public Optional<KeyType> keyTypeOverride() {
        return Optional.ofNullable(keyType);
    }

    /** A builder for a new spec with a signing person's defaults (digitalSignature + nonRepudiation). */
    public static Builder builder(String alias) {
        return new Builder(alias);
    }

    /** A builder initialised from this spec. */
    public Builder toBuilder() {
        Builder b = new Builder(alias);
        b.commonName = commonName;
        b.title = title;
        b.uids = new ArrayList<>(uids);
        b.organization = organization;
        b.organizationalUnit = organizationalUnit;
        b.locality = locality;
        b.state = state;
        b.country = country;
        b.keyType = keyType;
        b.notBefore = notBefore;
        b.notAfter = notAfter;
        b.keyUsage = keyUsage.isEmpty() ? EnumSet.noneOf(KeyUsage.class) : EnumSet.copyOf(keyUsage);
        b.extendedKeyUsages = new ArrayList<>(extendedKeyUsages);
        b.ekuCritical = ekuCritical;
        b.ocspNoCheck = ocspNoCheck;
        b.ca = ca;
        b.sha1Signed = sha1Signed;
        b.issuer = issuer;
        b.revocationUrls = revocationUrls;
        return b;
    }

    // ---- presets -------------------------------------------------------------------------------------

    /** The certifying officer: "Nguyễn Thị Hương", Công chức Tư pháp - Hộ tịch, UBND Phường Bến Nghé. */
    public static IdentitySpec officer() {
        return builder("officer").commonName("Nguyễn Thị Hương").title("Công chức Tư pháp - Hộ tịch")
                .uid("CCCD:" + OFFICER_CCCD).organization("UBND Phường Bến Nghé").build();
    }

    /** The authority's seal: "UBND Phường Bến Nghé", MST, under UBND Thành phố Hồ Chí Minh. */
    public static IdentitySpec authority() {
        return builder("authority").commonName("UBND Phường Bến Nghé").uid("MST:" + AUTHORITY_MST)
                .organization("UBND Thành phố Hồ Chí Minh").build();
    }

    /** The time-stamping unit: EKU timeStamping (critical), digitalSignature only. */
    public static IdentitySpec tsa() {
        return builder("tsa").commonName("Dịch vụ cấp dấu thời gian thử nghiệm bansao")
                .organization("Dự án bansao - THỬ NGHIỆM").keyUsage(KeyUsage.DIGITAL_SIGNATURE)
                .extendedKeyUsage(EKU_TIME_STAMPING).ekuCritical(true).revocationUrls(true).build();
    }

    /** The OCSP responder: EKU OCSPSigning, id-pkix-ocsp-nocheck. */
    public static IdentitySpec ocspResponder() {
        return builder("ocsp").commonName("Máy chủ OCSP thử nghiệm bansao").organization("Dự án bansao - THỬ NGHIỆM")
                .keyUsage(KeyUsage.DIGITAL_SIGNATURE).extendedKeyUsage(EKU_OCSP_SIGNING).ocspNoCheck(true)
                .build();
    }

    /** An officer certificate that expired yesterday (valid for a year before). */
    public static IdentitySpec expiredOfficer() {
        Instant now = Instant.now();
        return officer().toBuilder().alias("officer-expired")
                .validity(now.minus(Duration.ofDays(366)), now.minus(Duration.ofDays(1))).build();
    }

    /** An officer certificate that becomes valid only in 30 days. */
    public static IdentitySpec notYetValidOfficer() {
        Instant now = Instant.now();
        return officer().toBuilder().alias("officer-not-yet-valid")
                .validity(now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(395))).build();
    }

    /** An officer certificate whose key usage lacks digitalSignature (keyEncipherment only). */
    public static IdentitySpec officerWithoutDigitalSignature() {
        return officer().toBuilder().alias("officer-no-digital-signature")
                .keyUsage(KeyUsage.KEY_ENCIPHERMENT).build();
    }

    /** An officer with an ECDSA P-256 key. */
    public static IdentitySpec ecdsaOfficer() {
        return officer().toBuilder().alias("officer-ecdsa").keyType(KeyType.ECDSA_P256).build();
    }

    /** An officer with an RSA 3072 key (PSS). */
    public static IdentitySpec rsa3072Officer() {
        return officer().toBuilder().alias("officer-rsa3072").keyType(KeyType.RSA_3072_PSS).build();
    }

    /** An officer with an RSA 2048 key meant for RSASSA-PSS. */
    public static IdentitySpec pssOfficer() {
        return officer().toBuilder().alias("officer-pss").keyType(KeyType.RSA_2048_PSS).build();
    }

    /** An officer with an RSA 2048 key meant for PKCS#1 v1.5. */
    public static IdentitySpec pkcs1Officer() {
        return officer().toBuilder().alias("officer-pkcs1").keyType(KeyType.RSA_2048_PKCS1).build();
    }

    /** An officer with a 1024-bit RSA key: too short (negative tests). */
    public static IdentitySpec weakRsa1024Officer() {
        return officer().toBuilder().alias("officer-rsa1024").keyType(KeyType.RSA_1024_PKCS1).build();
    }

    /** An officer certificate signed by the issuing CA with SHA-1 (negative tests). */
    public static IdentitySpec sha1SignedOfficer() {
        return officer().toBuilder().alias("officer-sha1").sha1Signed(true).build();
    }

    /** An officer certificate that is a CA certificate (basicConstraints cA=TRUE; negative tests). */
    public static IdentitySpec caOfficer() {
        return officer().toBuilder().alias("officer-ca").ca(true).build();
    }

    /** An officer certificate whose EKU allows TLS server use only (negative tests). */
    public static IdentitySpec serverAuthOfficer() {
        return officer().toBuilder().alias("officer-server-auth").extendedKeyUsage("1.3.6.1.5.5.7.3.1").build();
    }

    /** A "TSA" certificate without any extendedKeyUsage (negative tests). */
    public static IdentitySpec tsaWithoutEku() {
        return builder("tsa-no-eku").commonName("TSA không có EKU").organization("Dự án bansao - THỬ NGHIỆM")
                .keyUsage(KeyUsage.DIGITAL_SIGNATURE).build();
    }

    /** A TSA certificate whose timeStamping EKU is not critical (RFC 3161 requires critical; negative tests). */
    public static IdentitySpec tsaWithNonCriticalEku() {
        return tsa().toBuilder().alias("tsa-noncritical").commonName("TSA EKU không critical").ekuCritical(false).build();
    }

    /** A second, legitimate TSA of the kit's hierarchy. */
    public static IdentitySpec secondTsa() {
        return tsa().toBuilder().alias("tsa-2").commonName("Dịch vụ cấp dấu thời gian thứ hai bansao").build();
    }

    /** A legitimate-looking TSA below the impostor root ({@link Issuer#UNTRUSTED_ROOT}). */
    public static IdentitySpec tsaOnOtherRoot() {
        return tsa().toBuilder().alias("tsa-other-root").issuer(Issuer.UNTRUSTED_ROOT).build();
    }

    /** The authority's seal issued as a personal certificate: a CCCD instead of the body's MST (negative tests). */
    public static IdentitySpec authorityWithPersonalId() {
        return authority().toBuilder().alias("authority-personal").clearUids().uid("CCCD:079190099999").build();
    }

    /** An authority certificate with exactly the kit's names but from an untrusted root (negative tests). */
    public static IdentitySpec impostorAuthority() {
        return authority().toBuilder().alias("authority-impostor").issuer(Issuer.UNTRUSTED_ROOT).build();
    }

    /** Fluent builder of an {@link IdentitySpec}. */
    public static final class Builder {
        private String alias;
        private String commonName;
        private String title;
        private List<String> uids = new ArrayList<>();
        private String organization;
        private String organizationalUnit;
        private String locality = "Phường Bến Nghé";
        private String state = "Thành phố Hồ Chí Minh";
        private String country = "VN";
        private KeyType keyType;
        private Instant notBefore;
        private Instant notAfter;
        private EnumSet<KeyUsage> keyUsage = EnumSet.of(KeyUsage.DIGITAL_SIGNATURE, KeyUsage.NON_REPUDIATION);
        private List<String> extendedKeyUsages = new ArrayList<>();
        private boolean ekuCritical;
        private boolean ocspNoCheck;
        private boolean ca;
        private boolean sha1Signed;
        private Issuer issuer = Issuer.ISSUING_CA;
        private boolean revocationUrls = true;

        private Builder(String alias) {
            this.alias = alias;
        }

        public Builder alias(String v) { this.alias = v; return this; }
        public Builder commonName(String v) { this.commonName = v; return this; }
        public Builder title(String v) { this.title = v; return this; }
        /** Adds one UID attribute, e.g. {@code "CCCD:079190012345"} or {@code "MST:0301234567"}. */
        public Builder uid(String v) { this.uids.add(v); return this; }
        public Builder clearUids() { this.uids.clear(); return this; }
        public Builder organization(String v) { this.organization = v; return this; }
        public Builder organizationalUnit(String v) { this.organizationalUnit = v; return this; }
        public Builder locality(String v) { this.locality = v; return this; }
        public Builder state(String v) { this.state = v; return this; }
        public Builder country(String v) { this.country = v; return this; }
        public Builder keyType(KeyType v) { this.keyType = v; return this; }
        public Builder validity(Instant from, Instant until) { this.notBefore = from; this.notAfter = until; return this; }
        /** Replaces the key usage bits. */
        public Builder keyUsage(KeyUsage first, KeyUsage... more) { this.keyUsage = EnumSet.of(first, more); return this; }
        public Builder extendedKeyUsage(String oid) { this.extendedKeyUsages.add(oid); return this; }
        public Builder ekuCritical(boolean v) { this.ekuCritical = v; return this; }
        public Builder ocspNoCheck(boolean v) { this.ocspNoCheck = v; return this; }
        public Builder ca(boolean v) { this.ca = v; return this; }
        public Builder sha1Signed(boolean v) { this.sha1Signed = v; return this; }
        public Builder issuer(Issuer v) { this.issuer = v; return this; }
        public Builder revocationUrls(boolean v) { this.revocationUrls = v; return this; }

        public IdentitySpec build() {
            return new IdentitySpec(alias, commonName, title, uids, organization, organizationalUnit, locality, state,
                    country, keyType, notBefore, notAfter, keyUsage, extendedKeyUsages, ekuCritical, ocspNoCheck, ca,
                    sha1Signed, issuer, revocationUrls);
        }
    }
}

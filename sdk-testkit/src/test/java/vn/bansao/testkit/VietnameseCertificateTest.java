package vn.bansao.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(TestPkiExtension.class)
class VietnameseCertificateTest {

    @Test
    void officerCarriesNameTitleCccdAndCommuneIntactAfterDerRoundTrip(TestPki pki) throws Exception {
        X500Name subject = subjectAfterRoundTrip(pki.officer().certificate());

        assertUtf8(subject, BCStyle.CN, "Nguyễn Thị Hương");
        assertUtf8(subject, BCStyle.T, "Công chức Tư pháp - Hộ tịch");
        assertUtf8(subject, BCStyle.UID, "CCCD:" + IdentitySpec.OFFICER_CCCD);
        assertUtf8(subject, BCStyle.O, "UBND Phường Bến Nghé");
        assertUtf8(subject, BCStyle.L, "Phường Bến Nghé");
        assertUtf8(subject, BCStyle.ST, "Thành phố Hồ Chí Minh");
        ASN1Encodable c = only(subject, BCStyle.C);
        assertThat(c).isInstanceOf(DERPrintableString.class);
        assertThat(((ASN1String) c).getString()).isEqualTo("VN");
        assertThat(IdentitySpec.OFFICER_CCCD).matches("\\d{12}");

        boolean[] ku = pki.officer().certificate().getKeyUsage();
        assertThat(ku[0]).as("digitalSignature").isTrue();
        assertThat(ku[1]).as("nonRepudiation").isTrue();
        assertThat(pki.officer().certificate().getCriticalExtensionOIDs()).contains("2.5.29.15");
    }

    @Test
    void authorityIsTheCommuneWithItsTaxCode(TestPki pki) throws Exception {
        X500Name subject = subjectAfterRoundTrip(pki.authority().certificate());
        assertUtf8(subject, BCStyle.CN, "UBND Phường Bến Nghé");
        assertUtf8(subject, BCStyle.UID, "MST:" + IdentitySpec.AUTHORITY_MST);
        assertUtf8(subject, BCStyle.O, "UBND Thành phố Hồ Chí Minh");
        assertThat(IdentitySpec.AUTHORITY_MST).matches("\\d{10}");
    }

    @Test
    void everyHardLetterSurvivesIncludingRepeatedUids(TestPki pki) throws Exception {
        String name = "Đặng Thị Ngọc Phượng Lự Ữ Ỹ ạ ệ ự ơ ư";
        Identity custom = pki.issue(IdentitySpec.builder("custom").commonName(name)
                .title("Phó Chủ tịch Ủy ban nhân dân").uid("CCCD:001203004567").uid("MST:0301234567-001")
                .organization("UBND Xã Đắk Lắk").build());
        X500Name subject = subjectAfterRoundTrip(custom.certificate());
        assertUtf8(subject, BCStyle.CN, name);
        assertUtf8(subject, BCStyle.T, "Phó Chủ tịch Ủy ban nhân dân");
        assertThat(subject.getRDNs(BCStyle.UID)).extracting(r -> ((ASN1String) r.getFirst().getValue()).getString())
                .containsExactly("CCCD:001203004567", "MST:0301234567-001");
        // the JDK's own parser agrees
        assertThat(custom.certificate().getSubjectX500Principal().getName()).contains("Đặng Thị Ngọc Phượng");
    }

    @Test
    void tsaAndOcspCertificatesHaveTheirExtendedKeyUsages(TestPki pki) throws Exception {
        X509Certificate tsa = pki.tsa().certificate();
        assertThat(tsa.getExtendedKeyUsage()).containsExactly(IdentitySpec.EKU_TIME_STAMPING);
        assertThat(tsa.getCriticalExtensionOIDs()).contains("2.5.29.37");
        X509Certificate ocsp = pki.ocspResponder().certificate();
        assertThat(ocsp.getExtendedKeyUsage()).containsExactly(IdentitySpec.EKU_OCSP_SIGNING);
        assertThat(ocsp.getExtensionValue("1.3.6.1.5.5.7.48.1.5")).as("ocsp-nocheck").isNotNull();
        assertThat(pki.root().certificate().getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(pki.issuingCa().certificate().getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(pki.officer().certificate().getBasicConstraints()).isEqualTo(-1);
    }

    @Test
    void chainVerifiesUpToTheRoot(TestPki pki) throws Exception {
        List<X509Certificate> chain = pki.officer().chain();
        assertThat(chain).hasSize(3);
        chain.get(0).verify(chain.get(1).getPublicKey());
        chain.get(1).verify(chain.get(2).getPublicKey());
        chain.get(2).verify(chain.get(2).getPublicKey());
        assertThat(chain.get(2)).isEqualTo(pki.root().certificate());
        assertThat(pki.officer().certificate().getSigAlgName()).containsIgnoringCase("PSS");
    }

    @Test
    void pkcs12ExportReloadsWithKeyAndChain(TestPki pki, @TempDir java.nio.file.Path dir) throws Exception {
        char[] password = "mat-khau-123".toCharArray();
        java.nio.file.Path file = pki.authority().writePkcs12(dir.resolve("authority.p12"), password);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (var in = java.nio.file.Files.newInputStream(file)) {
            ks.load(in, password);
        }
        assertThat(ks.getKey("authority", password)).isEqualTo(pki.authority().privateKey());
        assertThat(ks.getCertificateChain("authority")).containsExactlyElementsOf(pki.authority().chain());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pki.authority().pkcs12Bytes("mật".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ASCII");
    }

    private static X500Name subjectAfterRoundTrip(X509Certificate cert) throws Exception {
        X509Certificate reparsed = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new java.io.ByteArrayInputStream(cert.getEncoded()));
        return X500Name.getInstance(reparsed.getSubjectX500Principal().getEncoded());
    }

    private static ASN1Encodable only(X500Name name, ASN1ObjectIdentifier oid) {
        RDN[] rdns = name.getRDNs(oid);
        assertThat(rdns).as(oid.getId()).hasSize(1);
        return rdns[0].getFirst().getValue();
    }

    private static void assertUtf8(X500Name name, ASN1ObjectIdentifier oid, String expected) {
        ASN1Encodable value = only(name, oid);
        assertThat(value).as(oid.getId() + " encoding").isInstanceOf(DERUTF8String.class);
        assertThat(((ASN1String) value).getString()).isEqualTo(expected);
    }
}

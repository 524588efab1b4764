package vn.bansao.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bansao.testkit.BansaoAssertions.assertThatPdf;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.bansao.testkit.Identity;
import vn.bansao.testkit.IdentitySpec;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;

/** The algorithms Circular 15/2025 allows, each accepted by DSS and by pdfsig. */
@ExtendWith(TestPkiExtension.class)
class AlgorithmsTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            "rsa2048, PSS, SHA256",
            "rsa3072, PSS, SHA384",
            "rsa2048, PKCS1_V1_5, SHA512",
            "ecdsa, PSS, SHA256",
            "ecdsa, PSS, SHA384"})
    void signsAndValidates(String keyKind, RsaPadding padding, HashAlgorithm hash, TestPki pki) {
        Identity id = switch (keyKind) {
            case "rsa3072" -> pki.issue(IdentitySpec.rsa3072Officer());
            case "ecdsa" -> pki.issue(IdentitySpec.ecdsaOfficer());
            default -> pki.officer();
        };
        PadesSigner signer = PadesSigner.builder().rsaPadding(padding).hash(hash).build();
        SignedPdf signed = signer.sign(TestPdfs.certifiedCopyLike(1, false), SigningKey.of(id.privateKey(), id.chain()), Role.AUTHORITY);
        assertThat(DssCheck.validate(signed.bytes(), pki.root().certificate(), true)).singleElement().satisfies(v -> {
            assertThat(v.format()).isEqualTo(SignatureLevel.PAdES_BASELINE_B);
            assertThat(v.indication()).as(v.toString()).isEqualTo(Indication.TOTAL_PASSED);
        });
        assertThatPdf(signed.bytes()).pdfsigReportsAllValidAndTrusted(pki.root().certificate());
    }
}

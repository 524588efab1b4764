package vn.bansao.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.core.facts.FactsJson;
import vn.bansao.testkit.Identity;
import vn.bansao.testkit.IdentitySpec;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;
import vn.bansao.trust.RolePolicy;

/** The statement's certifier and body come from the officer's and the seal's certificates, as the verifier reads them. */
@ExtendWith(TestPkiExtension.class)
class SignerStatementTest {

    private static SignerStatement testkitSigners(TestPki pki) {
        return SignerStatement.of(Optional.of(pki.officer().certificate()), Optional.of(pki.authority().certificate()));
    }

    private static CertificationFacts.Builder stated() {
        return CertificationWorkflowTest.facts(1).toBuilder();
    }

    @Test
    void namesThatAgreeArePrintedInTheCertificatesSpelling(TestPki pki) {
        CertificationFacts facts = stated()
                .certifier("nguyễn  thị hương", "công chức tư pháp - hộ tịch")
                .certifyingBody("UBND phường Bến Nghé, Quận 1", "000.00.12.H29")
                .build();

        CertificationFacts printed = testkitSigners(pki).apply(facts);

        assertThat(printed.certifierName()).isEqualTo("Nguyễn Thị Hương");
        assertThat(printed.certifierTitle()).isEqualTo("Công chức Tư pháp - Hộ tịch");
        // the seal's CN, not its O (which names the superior authority, UBND Thành phố Hồ Chí Minh)
        assertThat(printed.bodyName()).isEqualTo("UBND Phường Bến Nghé");
        assertThat(printed.agencyCode()).isEqualTo("000.00.12.H29");
    }

    @Test
    void anotherCertifierTitleOrBodyIsRefusedNamingBothValues(TestPki pki) {
        SignerStatement signers = testkitSigners(pki);

        assertThatThrownBy(() -> signers.apply(stated().certifier("Trần Thị Bình", "Công chức Tư pháp - Hộ tịch").build()))
                .isInstanceOfSatisfying(CertificationRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(CertificationRefusedException.Code.STATEMENT_MISMATCH);
                    assertThat(e.messageVi()).contains("Trần Thị Bình").contains("Nguyễn Thị Hương");
                    assertThat(e.messageEn()).contains("certifier").contains("Trần Thị Bình").contains("Nguyễn Thị Hương");
                });
        // one diacritic differs: another person
        assertThatThrownBy(() -> signers.apply(stated().certifier("Nguyễn Thị Hường", "Công chức Tư pháp - Hộ tịch").build()))
                .isInstanceOf(CertificationRefusedException.class).hasMessageContaining("Hường");
        assertThatThrownBy(() -> signers.apply(stated().certifier("Nguyễn Thị Hương", "Chủ tịch UBND").build()))
                .isInstanceOfSatisfying(CertificationRefusedException.class, e -> assertThat(e.bilingualMessage())
                        .contains("chức danh").contains("title"));
        assertThatThrownBy(() -> signers.apply(stated().certifyingBody("UBND Phường Đa Kao", "000.00.12.H29").build()))
                .isInstanceOf(CertificationRefusedException.class).hasMessageContaining("UBND Phường Đa Kao")
                .hasMessageContaining("certifying body");
        // the seal's O is not the body
        assertThatThrownBy(() -> signers.apply(stated().certifyingBody("UBND Thành phố Hồ Chí Minh", "000.00.12.H29").build()))
                .isInstanceOf(CertificationRefusedException.class);
    }

    @Test
    void issuingAgreesWithTheVerifiersRolePolicy(TestPki pki) {
        // every statement this class lets through raises none of the verifier's naming rules, and the ones it
        // refuses each raise one
        RolePolicy verifier = RolePolicy.defaults();
        SignerStatement signers = testkitSigners(pki);
        for (String name : new String[] {"Nguyễn Thị Hương", "NGUYỄN THỊ HƯƠNG", " Nguyễn Thị Hương. ", "Nguyễn Thị Hường",
                "Nguyen Thi Huong", "Trần Thị Bình"}) {
            CertificationFacts facts = stated().certifier(name, "Công chức Tư pháp - Hộ tịch").build();
            boolean verifierObjects = verifier.check(RolePolicy.Role.OFFICER, pki.officer().certificate(),
                    Optional.of(name), Optional.of(facts.certifierTitle())).stream()
                    .anyMatch(p -> p.rule().startsWith("ROLE_OFFICER_NAME"));
            boolean issued = refusedOrNot(() -> signers.apply(facts));
            assertThat(issued).as(name).isEqualTo(!verifierObjects);
        }
        for (String body : new String[] {"UBND Phường Bến Nghé", "ubnd phường bến nghé, Quận 1", "UBND Phường Bến Thành"}) {
            CertificationFacts facts = stated().certifyingBody(body, "000.00.12.H29").build();
            boolean verifierObjects = verifier.check(RolePolicy.Role.AUTHORITY, pki.authority().certificate(),
                    Optional.of(body), Optional.empty()).stream().anyMatch(p -> p.rule().equals("ROLE_AUTHORITY_BODY"));
            assertThat(refusedOrNot(() -> signers.apply(facts))).as(body).isEqualTo(!verifierObjects);
        }
    }

    @Test
    void namesLeftOutOfTheFactsComeFromTheCertificates(TestPki pki) throws Exception {
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(FactsJson.write(stated().build()));
        json.remove("certifier");
        ((ObjectNode) json.get("certifyingBody")).remove("name");

        CertificationFacts facts = FactsInput.read(json.toString(), testkitSigners(pki));

        assertThat(facts.certifierName()).isEqualTo("Nguyễn Thị Hương");
        assertThat(facts.certifierTitle()).isEqualTo("Công chức Tư pháp - Hộ tịch");
        assertThat(facts.bodyName()).isEqualTo("UBND Phường Bến Nghé");
        // without certificates the same file is refused for its missing field, as before
        assertThatThrownBy(() -> FactsInput.read(json.toString(), SignerStatement.of(Optional.empty(), Optional.empty())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing field");
    }

    @Test
    void aConfiguredTitleAttributeIsReadAndChecked(TestPki pki) {
        Identity ou = pki.issue(IdentitySpec.builder("officer-ou").commonName("Lê Văn Tâm")
                .organizationalUnit("Phó Chủ tịch UBND").uid("CCCD:079200001234").build());
        SignerStatement signers = SignerStatement.of(Optional.of(ou.certificate()), Optional.empty())
                .withTitleAttribute("OU");

        assertThat(signers.certifierTitle()).contains("Phó Chủ tịch UBND");
        assertThat(signers.apply(stated().certifier("Lê Văn Tâm", "phó chủ tịch ubnd").build()).certifierTitle())
                .isEqualTo("Phó Chủ tịch UBND");
        assertThatThrownBy(() -> signers.apply(stated().certifier("Lê Văn Tâm", "Chủ tịch UBND").build()))
                .isInstanceOf(CertificationRefusedException.class);
        // no T in this certificate: with the default attribute the stated title is printed as stated
        assertThat(SignerStatement.of(Optional.of(ou.certificate()), Optional.empty())
                .apply(stated().certifier("Lê Văn Tâm", "Chủ tịch UBND").build()).certifierTitle()).isEqualTo("Chủ tịch UBND");
    }

    @Test
    void aCopyFromTheMasterRegisterKeepsItsCertifierLineButNotAnotherBody(TestPki pki) {
        CertificationFacts master = stated().kind(CertificationKind.FROM_MASTER_REGISTER)
                .certifier("Trần Văn Cường", "Chủ tịch UBND").build();

        assertThat(testkitSigners(pki).apply(master).certifierName()).isEqualTo("Trần Văn Cường");
        assertThatThrownBy(() -> testkitSigners(pki).apply(master.toBuilder()
                .certifyingBody("UBND Phường Đa Kao", "000.00.12.H29").build()))
                .isInstanceOf(CertificationRefusedException.class);
    }

    private static boolean refusedOrNot(Runnable r) {
        try {
            r.run();
            return true;
        } catch (CertificationRefusedException e) {
            return false;
        }
    }
}

package vn.bansao.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bansao.testkit.Identity;
import vn.bansao.testkit.IdentitySpec;
import vn.bansao.testkit.RevocationReason;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;

/** The shared engine on the testkit's real PKI: leaf, TSA, revocation-freshness and role rules. */
@ExtendWith(TestPkiExtension.class)
class TrustEngineTest {

    static TrustEngine engine(TestPki pki) {
        return TrustEngine.builder().anchors(List.of(pki.root().certificate())).build();
    }

    static List<String> rules(List<TrustProblem> p) {
        return p.stream().map(TrustProblem::rule).toList();
    }

    static RevocationEvidence crls(X509CRL... crls) throws Exception {
        List<byte[]> der = new java.util.ArrayList<>();
        for (X509CRL c : crls) {
            der.add(c.getEncoded());
        }
        return RevocationEvidence.of(List.of(), der);
    }

    @Test
    void leafRules(TestPki pki) {
        TrustEngine e = engine(pki);
        assertThat(e.leafProblems(pki.officer().certificate())).isEmpty();
        assertThat(e.leafProblems(pki.authority().certificate())).isEmpty();
        assertThat(rules(e.leafProblems(pki.issue(IdentitySpec.officerWithoutDigitalSignature()).certificate())))
                .containsExactly("LEAF_KEY_USAGE");
        assertThat(rules(e.leafProblems(pki.issue(IdentitySpec.caOfficer()).certificate()))).containsExactly("LEAF_IS_CA");
        assertThat(rules(e.leafProblems(pki.tsa().certificate()))).containsExactly("LEAF_EXTENDED_KEY_USAGE");
        TrustEngine withPolicy = TrustEngine.builder().anchors(List.of(pki.root().certificate()))
                .leafPolicy(LeafPolicy.defaults().withRequiredPolicies(java.util.Set.of("2.999.1"))).build();
        assertThat(rules(withPolicy.leafProblems(pki.officer().certificate()))).containsExactly("LEAF_CERTIFICATE_POLICY");
    }

    @Test
    void tsaRules(TestPki pki) {
        TrustEngine e = engine(pki);
        Instant now = Instant.now();
        assertThat(e.timestamp(pki.tsa().certificate(), pki.tsa().chain(), now, true, Optional.of(pki.officer().certificate()))
                .trusted()).isTrue();
        assertThat(rules(e.timestamp(pki.officer().certificate(), pki.officer().chain(), now, true, Optional.empty()).problems()))
                .containsExactly("TSA_EXTENDED_KEY_USAGE");
        Identity nc = pki.issue(IdentitySpec.tsaWithNonCriticalEku());
        assertThat(rules(e.timestamp(nc.certificate(), nc.chain(), now, true, Optional.empty()).problems()))
                .containsExactly("TSA_EKU_NOT_CRITICAL");
        assertThat(rules(e.timestamp(pki.tsa().certificate(), pki.tsa().chain(), now, false, Optional.of(pki.tsa().certificate()))
                .problems())).containsExactlyInAnyOrder("TSA_ESS_BINDING", "TSA_IS_SIGNER");
        Identity other = pki.issue(IdentitySpec.tsaOnOtherRoot());
        assertThat(rules(e.timestamp(other.certificate(), other.chain(), now, true, Optional.empty()).problems()))
                .containsExactly("TSA_CHAIN");
        TrustEngine separate = TrustEngine.builder().anchors(List.of(pki.root().certificate()))
                .timestampAnchors(List.of(pki.untrustedRootCertificate())).build();
        assertThat(separate.timestamp(other.certificate(), other.chain(), now, true, Optional.empty()).trusted()).isTrue();
        assertThat(separate.timestamp(pki.tsa().certificate(), pki.tsa().chain(), now, true, Optional.empty()).trusted()).isFalse();
    }

    @Test
    void revocationFreshnessRelativeToTheProofOfExistence(TestPki pki) throws Exception {
        TrustEngine e = engine(pki);
        Identity who = pki.issue(IdentitySpec.officer().toBuilder().alias("freshness").build());
        Instant now = Instant.now();
        X509CRL before = pki.crlAsOf(now.minus(Duration.ofDays(2)));
        // a CRL two days older than the control time is stale; a current one is fresh
        assertThat(e.revocation(who.certificate(), pki.issuingCa().certificate(), crls(before), now, now).status())
                .isEqualTo(RevocationCheck.Status.STALE);
        assertThat(e.revocation(who.certificate(), pki.issuingCa().certificate(), crls(pki.crl()), now, now).status())
                .isEqualTo(RevocationCheck.Status.GOOD);
        // relative to a time-stamp three days ago, the old CRL is issued after it: fresh
        assertThat(e.revocation(who.certificate(), pki.issuingCa().certificate(), crls(before),
                now.minus(Duration.ofDays(3)), now).status()).isEqualTo(RevocationCheck.Status.GOOD);
        // revoked yesterday: the stale "good" never wins against the fresh "revoked"
        pki.revoke(who, now.minus(Duration.ofDays(1)), RevocationReason.KEY_COMPROMISE);
        RevocationCheck r = e.revocation(who.certificate(), pki.issuingCa().certificate(), crls(before, pki.crl()), now, now);
        assertThat(r.status()).isEqualTo(RevocationCheck.Status.REVOKED);
        // ... but a signature proven to exist three days ago, before the revocation, is good
        assertThat(e.revocation(who.certificate(), pki.issuingCa().certificate(), crls(pki.crl()),
                now.minus(Duration.ofDays(3)), now).status()).isEqualTo(RevocationCheck.Status.GOOD);
        // a CRL signed by someone else is no evidence
        assertThat(e.revocation(who.certificate(), pki.root().certificate(), crls(pki.crl()), now, now).status())
                .isEqualTo(RevocationCheck.Status.UNKNOWN);
    }

    @Test
    void theRevocationLayerFetchesOnlyFromAllowedHosts(TestPki pki) {
        Instant now = Instant.now();
        long before = pki.requestCount(vn.bansao.testkit.Service.OCSP) + pki.requestCount(vn.bansao.testkit.Service.CRL);
        assertThat(engine(pki).revocation(pki.officer().certificate(), pki.issuingCa().certificate(),
                RevocationEvidence.none(), now, now).status()).isEqualTo(RevocationCheck.Status.UNKNOWN);
        assertThat(pki.requestCount(vn.bansao.testkit.Service.OCSP) + pki.requestCount(vn.bansao.testkit.Service.CRL))
                .isEqualTo(before);
        TrustEngine online = TrustEngine.builder().anchors(List.of(pki.root().certificate()))
                .network(NetworkAccess.allowHosts("127.0.0.1")).build();
        RevocationCheck r = online.revocation(pki.officer().certificate(), pki.issuingCa().certificate(),
                RevocationEvidence.none(), now, now);
        assertThat(r.status()).isEqualTo(RevocationCheck.Status.GOOD);
        assertThat(r.fetchedOnline()).isTrue();
    }

    @Test
    void rolePolicyDefaults(TestPki pki) {
        RolePolicy p = RolePolicy.defaults();
        Optional<String> certifier = Optional.of("Nguyễn Thị Hương");
        Optional<String> title = Optional.of("Công chức Tư pháp - Hộ tịch");
        Optional<String> body = Optional.of("UBND phường Bến Nghé, Quận 1");
        assertThat(p.check(RolePolicy.Role.OFFICER, pki.officer().certificate(), certifier, title)).isEmpty();
        assertThat(p.check(RolePolicy.Role.AUTHORITY, pki.authority().certificate(), body, Optional.empty())).isEmpty();
        assertThat(p.checkPair(pki.officer().certificate(), pki.authority().certificate())).isEmpty();
        assertThat(rules(p.check(RolePolicy.Role.AUTHORITY, pki.officer().certificate(), body, Optional.empty())))
                .containsExactly("ROLE_AUTHORITY_NOT_SEAL", "ROLE_AUTHORITY_BODY");
        assertThat(rules(p.check(RolePolicy.Role.OFFICER, pki.authority().certificate(), certifier, title)))
                .containsExactly("ROLE_OFFICER_NOT_PERSONAL", "ROLE_OFFICER_NAME");
        assertThat(rules(p.check(RolePolicy.Role.AUTHORITY, pki.tsa().certificate(), body, Optional.empty())))
                .contains("ROLE_SERVICE_CERTIFICATE");
        assertThat(rules(p.checkPair(pki.officer().certificate(), pki.officer().certificate())))
                .containsExactly("ROLE_SAME_CERTIFICATE");
        assertThat(rules(p.check(RolePolicy.Role.OFFICER, pki.officer().certificate(), Optional.of("Nguyễn Thị Hường"), title)))
                .as("diacritics count").containsExactly("ROLE_OFFICER_NAME");
        RolePolicy passports = p.toBuilder().personalUidKinds(java.util.Set.of("HC")).build();
        assertThat(rules(passports.check(RolePolicy.Role.OFFICER, pki.officer().certificate(), certifier, title)))
                .containsExactly("ROLE_OFFICER_NOT_PERSONAL");
    }
}

package vn.bansao.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bansao.testkit.Identity;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;

/**
 * Two-step remote signing across two separate service instances that share only the HMAC key and
 * the JSON session (as two web servers would, or one server before and after a restart).
 */
@ExtendWith(TestPkiExtension.class)
class RemoteSigningTest {

    private static final byte[] HMAC_KEY = "bansao-portal-session-key-0123456789".getBytes(StandardCharsets.US_ASCII);

    /** A portal instance: its own signer and remote-signing service, configured identically. */
    private static RemoteSigning instance(TestPki pki, Level level, Clock clock) {
        PadesSigner signer = PadesSigner.builder().level(level).tsa(pki.tsaUrl())
                .trustAnchors(pki.root().certificate()).clock(clock).build();
        return RemoteSigning.builder(signer).hmacKey(HMAC_KEY).ttl(Duration.ofMinutes(10)).build();
    }

    /** What the browser's token plug-in does: RSASSA-PSS over the data to be signed. */
    private static byte[] browserSigns(PreparedSignature p, PrivateKey key) throws Exception {
        assertThat(p.signatureAlgorithm()).isEqualTo("RSASSA-PSS");
        Signature s = Signature.getInstance("RSASSA-PSS");
        s.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        s.initSign(key);
        s.update(p.dataToBeSigned());
        return s.sign();
    }

    @Test
    void officerAndAuthoritySignRemotelyAcrossInstances(TestPki pki) throws Exception {
        byte[] pdf = TestPdfs.certifiedCopyLike(3, true);
        Identity officer = pki.officer();
        Identity authority = pki.authority();

        PreparedSignature p1 = instance(pki, Level.B_T, Clock.systemUTC()).prepare(pdf, officer.chain(), Role.OFFICER);
        String json = p1.session();
        assertThat(json).startsWith("{\"v\":1");
        SignedPdf first = instance(pki, Level.B_T, Clock.systemUTC()).complete(json, browserSigns(p1, officer.privateKey()));

        PreparedSignature p2 = instance(pki, Level.B_LT, Clock.systemUTC()).prepare(first.bytes(), authority.chain(), Role.AUTHORITY);
        SignedPdf done = instance(pki, Level.B_LT, Clock.systemUTC()).complete(p2.session(), browserSigns(p2, authority.privateKey()));

        assertThat(first.result().certification()).isTrue();
        List<DssCheck.Verdict> verdicts = DssCheck.validate(done.bytes(), pki.root().certificate(), false);
        assertThat(verdicts).hasSize(2).allSatisfy(v -> {
            assertThat(v.format()).isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
            assertThat(v.indication()).as(v.toString()).isEqualTo(Indication.TOTAL_PASSED);
        });
    }

    @Test
    void completesWithACmsFromARemoteService(TestPki pki) throws Exception {
        Identity officer = pki.officer();
        PreparedSignature p = instance(pki, Level.B_T, Clock.systemUTC())
                .prepare(TestPdfs.certifiedCopyLike(1, true), officer.chain(), Role.OFFICER);
        assertThatThrownBy(() -> instance(pki, Level.B_T, Clock.systemUTC())
                .completeWithCms(p.session(), remoteServiceCms(p.documentDigest(), officer, true)))
                .isInstanceOfSatisfying(SigningException.class, e -> {
                    assertThat(e.cause()).isEqualTo(SigningException.Cause.SESSION_MISMATCH);
                    assertThat(e.getMessage()).contains("signing-time");
                });
        byte[] cms = remoteServiceCms(p.documentDigest(), officer, false);
        SignedPdf signed = instance(pki, Level.B_T, Clock.systemUTC()).completeWithCms(p.session(), cms);
        assertThat(DssCheck.validate(signed.bytes(), pki.root().certificate(), true)).singleElement().satisfies(v -> {
            assertThat(v.format()).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
            assertThat(v.indication()).as(v.toString()).isEqualTo(Indication.TOTAL_PASSED);
        });
    }

    @Test
    void refusesTamperedMismatchedAndExpiredSessions(TestPki pki) throws Exception {
        Identity officer = pki.officer();
        byte[] pdf = TestPdfs.certifiedCopyLike(1, true);
        RemoteSigning first = instance(pki, Level.B_B, Clock.systemUTC());
        PreparedSignature p = first.prepare(pdf, officer.chain(), Role.OFFICER);
        byte[] value = browserSigns(p, officer.privateKey());

        // tampered: one character of the payload changed, MAC unchanged
        String json = p.session();
        int at = json.indexOf("\"payload\":\"") + 40;
        String tampered = json.substring(0, at) + (json.charAt(at) == 'A' ? 'B' : 'A') + json.substring(at + 1);
        assertThatThrownBy(() -> first.complete(tampered, value))
                .isInstanceOfSatisfying(SigningException.class, e -> assertThat(e.cause()).isEqualTo(SigningException.Cause.SESSION_TAMPERED));
        // another HMAC key (a different portal) cannot complete it
        PadesSigner other = PadesSigner.builder().build();
        RemoteSigning foreign = RemoteSigning.builder(other).hmacKey("another-portal-key-another-portal-key".getBytes()).build();
        assertThatThrownBy(() -> foreign.complete(json, value))
                .isInstanceOfSatisfying(SigningException.class, e -> assertThat(e.cause()).isEqualTo(SigningException.Cause.SESSION_TAMPERED));
        // mismatched: signed with the authority's key instead of the officer's
        byte[] wrong = browserSigns(p, pki.authority().privateKey());
        assertThatThrownBy(() -> first.complete(json, wrong))
                .isInstanceOfSatisfying(SigningException.class, e -> assertThat(e.cause()).isEqualTo(SigningException.Cause.SESSION_MISMATCH));
        // expired: the completing instance's clock is past the ttl
        RemoteSigning later = instance(pki, Level.B_B, Clock.fixed(Instant.now().plus(Duration.ofMinutes(11)), ZoneOffset.UTC));
        assertThatThrownBy(() -> later.complete(json, value))
                .isInstanceOfSatisfying(SigningException.class, e -> assertThat(e.cause()).isEqualTo(SigningException.Cause.SESSION_EXPIRED));
        // a portal signing certified copies: no officer field, no officer signature
        RemoteSigning strictFields = RemoteSigning.builder(PadesSigner.builder().build()).hmacKey(HMAC_KEY).requireRoleField(true).build();
        assertThatThrownBy(() -> strictFields.prepare(TestPdfs.certifiedCopyLike(1, false), officer.chain(), Role.OFFICER))
                .isInstanceOfSatisfying(SigningException.class, e -> assertThat(e.cause()).isEqualTo(SigningException.Cause.FIELD_NOT_FOUND));
        // and the genuine pair still completes
        assertThat(first.complete(json, value).bytes().length).isGreaterThan(pdf.length);
        assertThat(Base64.getDecoder().decode(p.session().replaceAll(".*\"payload\":\"([^\"]+)\".*", "$1"))).isNotEmpty();
    }

    /** A CMS as a CA's remote-signing service makes it from the document digest alone (BouncyCastle's generator). */
    private static byte[] remoteServiceCms(byte[] documentDigest, Identity id, boolean withSigningTime) throws Exception {
        DigestCalculatorProvider real = new JcaDigestCalculatorProviderBuilder().build();
        DigestCalculatorProvider preDigested = algorithm -> {
            DigestCalculator calc = real.get(algorithm);
            return new DigestCalculator() {
                @Override
                public AlgorithmIdentifier getAlgorithmIdentifier() {
                    return calc.getAlgorithmIdentifier();
                }

                @Override
                public OutputStream getOutputStream() {
                    return OutputStream.nullOutputStream();
                }

                @Override
                public byte[] getDigest() {
                    return documentDigest.clone();
                }
            };
        };
        CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
        byte[] certHash = java.security.MessageDigest.getInstance("SHA-256").digest(id.certificate().getEncoded());
        org.bouncycastle.asn1.cms.Attribute signingCertificate = new org.bouncycastle.asn1.cms.Attribute(
                org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new org.bouncycastle.asn1.DERSet(new org.bouncycastle.asn1.ess.SigningCertificateV2(
                        new org.bouncycastle.asn1.ess.ESSCertIDv2[] {new org.bouncycastle.asn1.ess.ESSCertIDv2(certHash)})));
        org.bouncycastle.cms.CMSAttributeTableGenerator attrs = params -> {
            org.bouncycastle.asn1.cms.AttributeTable t = new org.bouncycastle.cms.DefaultSignedAttributeTableGenerator(
                    new org.bouncycastle.asn1.cms.AttributeTable(signingCertificate)).getAttributes(params);
            return withSigningTime ? t : t.remove(org.bouncycastle.asn1.cms.CMSAttributes.signingTime);
        };
        gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(preDigested).setSignedAttributeGenerator(attrs)
                .build(new JcaContentSignerBuilder("SHA256withRSAandMGF1").build(id.privateKey()), id.certificate()));
        gen.addCertificates(new JcaCertStore(id.chain()));
        return gen.generate(new CMSAbsentContent(), false).getEncoded();
    }
}

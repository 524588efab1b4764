package vn.bansao.benchmarks.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.bansao.core.CertifiedCopy;
import vn.bansao.core.ScanSource;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.signing.AppearanceProfile;
import vn.bansao.signing.CertifiedCopySigning;
import vn.bansao.signing.PadesSigner;
import vn.bansao.signing.Role;
import vn.bansao.signing.SigningKey;
import vn.bansao.testkit.SampleScans;
import vn.bansao.testkit.TestPki;

/**
 * Signing the reference package (three A4 300-dpi JPEG scans built by sdk-core into a PDF/A-3 certified
 * copy): bansao's signer beside DSS's default {@code PAdESService} getDataToSign/signDocument flow, same
 * file, same PKCS#12 key, same run. B-T and B-LT use the testkit's real TSA/OCSP/CRL servers on 127.0.0.1.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main 'signing.SigningBenchmark' -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SigningBenchmark {

    private TestPki pki;
    private Path dir;
    private byte[] reference;
    private SigningKey officer;
    private SigningKey authority;
    private PadesSigner bb;
    private PadesSigner bbInvisible;
    private PadesSigner bt;
    private PadesSigner blt;
    private PAdESService dss;
    private Pkcs12SignatureToken dssToken;
    private DSSPrivateKeyEntry dssKey;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        pki = TestPki.start();
        dir = Files.createTempDirectory("bansao-bench-signing");
        reference = referencePackage();
        char[] password = "bench-password".toCharArray();
        Path officerP12 = pki.officer().writePkcs12(dir.resolve("officer.p12"), password);
        officer = SigningKey.pkcs12(officerP12, password);
        authority = SigningKey.of(pki.authority().privateKey(), pki.authority().chain());
        // B-B without network: the revocation pre-check is what an offline benchmark of "the signature" leaves out
        bb = PadesSigner.builder().checkRevocation(false).build();
        bbInvisible = PadesSigner.builder().checkRevocation(false).appearance(AppearanceProfile.INVISIBLE).build();
        bt = PadesSigner.builder().level(vn.bansao.signing.Level.B_T).tsa(pki.tsaUrl()).build();
        blt = PadesSigner.builder().level(vn.bansao.signing.Level.B_LT).tsa(pki.tsaUrl())
                .trustAnchors(pki.root().certificate()).build();

        dss = new PAdESService(new CommonCertificateVerifier());
        dssToken = new Pkcs12SignatureToken(officerP12.toFile(), new KeyStore.PasswordProtection(password));
        dssKey = dssToken.getKeys().get(0);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        dssToken.close();
        pki.close();
    }

    static byte[] referencePackage() {
        List<ScanSource> scans = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            scans.add(ScanSource.of("page-" + (i + 1) + ".jpg", SampleScans.seed(42 + i).a4Jpeg(300).bytes()));
        }
        CertificationFacts facts = CertificationFacts.builder()
                .kind(CertificationKind.FROM_ORIGINAL).number(123).book("01/2026-SCT/BS").registerType("SCT/BS")
                .date(LocalDate.of(2026, 11, 22))
                .certifyingBody("UBND phường Bến Nghé, Quận 1", "000.00.12.H29")
                .requester("Nguyễn Văn Ấn", "079123456789")
                .original("Bằng tốt nghiệp đại học", "Trường Đại học Cần Thơ", "A123456", LocalDate.of(2010, 7, 1))
                .pages(3).copies(1).certifier("Nguyễn Thị Hương", "Công chức Tư pháp - Hộ tịch")
                .fee(4000).portalUrl("https://dichvucong.example.vn/xac-minh").build();
        return CertifiedCopy.builder().sources(scans).facts(facts)
                .clock(Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC)).build().toBytes();
    }

    /** DSS defaults: PAdESService, getDataToSign, sign with the PKCS#12 token, signDocument into the officer's field. */
    @Benchmark
    public byte[] dssDefaultBB() throws Exception {
        PAdESSignatureParameters p = new PAdESSignatureParameters();
        p.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        p.setDigestAlgorithm(DigestAlgorithm.SHA256);
        p.setSigningCertificate(dssKey.getCertificate());
        p.setCertificateChain(dssKey.getCertificateChain());
        p.getImageParameters().getFieldParameters().setFieldId(Role.OFFICER.fieldName());
        DSSDocument doc = new InMemoryDocument(reference);
        ToBeSigned tbs = dss.getDataToSign(doc, p);
        SignatureValue value = dssToken.sign(tbs, DigestAlgorithm.SHA256, dssKey);
        DSSDocument signed = dss.signDocument(doc, p, value);
        CountingSink sink = new CountingSink();
        signed.writeTo(sink);
        return new byte[] {(byte) sink.count};
    }

    /** DSS defaults without a field id: DSS adds a new invisible signature field (the cheapest DSS case). */
    @Benchmark
    public byte[] dssDefaultBBNewField() throws Exception {
        PAdESSignatureParameters p = new PAdESSignatureParameters();
        p.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        p.setDigestAlgorithm(DigestAlgorithm.SHA256);
        p.setSigningCertificate(dssKey.getCertificate());
        p.setCertificateChain(dssKey.getCertificateChain());
        DSSDocument doc = new InMemoryDocument(reference);
        ToBeSigned tbs = dss.getDataToSign(doc, p);
        SignatureValue value = dssToken.sign(tbs, DigestAlgorithm.SHA256, dssKey);
        DSSDocument signed = dss.signDocument(doc, p, value);
        CountingSink sink = new CountingSink();
        signed.writeTo(sink);
        return new byte[] {(byte) sink.count};
    }

    /** bansao B-B, visible appearance (default profile) in the officer's field. */
    @Benchmark
    public byte[] bansaoBB() {
        return bb.sign(reference, officer, Role.OFFICER).bytes();
    }

    /** bansao B-B, invisible (what DSS's default does in an existing field without image parameters). */
    @Benchmark
    public byte[] bansaoBBInvisible() {
        return bbInvisible.sign(reference, officer, Role.OFFICER).bytes();
    }

    /** bansao B-T: revocation pre-check (OCSP) and a signature time-stamp from the local TSA. */
    @Benchmark
    public byte[] bansaoBT() {
        return bt.sign(reference, officer, Role.OFFICER).bytes();
    }

    /** bansao B-LT: B-T plus DSS's augmentation with certificates, OCSP responses and CRLs. */
    @Benchmark
    public byte[] bansaoBLT() {
        return blt.sign(reference, officer, Role.OFFICER).bytes();
    }

    /** The full certified copy: officer (certification) then authority (approval), both B-T, then LT data once. */
    @Benchmark
    public byte[] bansaoCertifiedCopyBLT() {
        return CertifiedCopySigning.signBoth(blt, reference, officer, authority).pdf();
    }

    /** The full certified copy at B-B (both signatures, visible). */
    @Benchmark
    public byte[] bansaoCertifiedCopyBB() {
        return CertifiedCopySigning.signBoth(bb, reference, officer, authority).pdf();
    }

    private static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}

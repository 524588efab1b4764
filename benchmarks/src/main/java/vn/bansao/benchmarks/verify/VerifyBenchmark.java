package vn.bansao.benchmarks.verify;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.modifications.DefaultPdfDifferencesFinder;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.policy.ValidationPolicyLoader;
import eu.europa.esig.dss.validation.reports.Reports;
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
import vn.bansao.signing.CertifiedCopySigning;
import vn.bansao.signing.Level;
import vn.bansao.signing.PadesSigner;
import vn.bansao.signing.SigningKey;
import vn.bansao.testkit.SampleScans;
import vn.bansao.testkit.TestPki;
import vn.bansao.verify.CopyVerifier;
import vn.bansao.verify.TrustAnchors;
import vn.bansao.verify.Verdict;
import vn.bansao.verify.VerificationReport;

/**
 * Verifying the two-signature reference copy (three A4 300-dpi JPEG scans built by sdk-core, signed by the
 * officer then the authority with sdk-signing at B-LT against the testkit PKI): bansao's verifier beside
 * DSS's {@code SignedDocumentValidator} with defaults, and DSS tuned (policy loaded once, ETSI report off,
 * no visual page comparison), same file, same trust anchor, offline, same run.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main 'verify.VerifyBenchmark' -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VerifyBenchmark {

    private TestPki pki;
    private byte[] copy;
    private CopyVerifier verifier;
    private CommonCertificateVerifier dssVerifier;
    private ValidationPolicy policy;

    @Setup(org.openjdk.jmh.annotations.Level.Trial)
    public void setUp() {
        pki = TestPki.start();
        copy = CertifiedCopySigning.signBoth(
                PadesSigner.builder().level(Level.B_LT).tsa(pki.tsaUrl()).trustAnchors(pki.root().certificate()).build(),
                referencePackage(), SigningKey.of(pki.officer().privateKey(), pki.officer().chain()),
                SigningKey.of(pki.authority().privateKey(), pki.authority().chain())).pdf();
        verifier = CopyVerifier.builder().trustAnchors(TrustAnchors.of(pki.root().certificate())).build();
        VerificationReport check = verifier.verify(copy, "reference.pdf");
        if (check.verdict() != Verdict.VALID) {
            throw new IllegalStateException("the reference copy must verify VALID: " + check.reasons());
        }
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(pki.root().certificate()));
        dssVerifier = new CommonCertificateVerifier();
        dssVerifier.setTrustedCertSources(trusted);
        dssVerifier.setOcspSource(null);
        dssVerifier.setCrlSource(null);
        dssVerifier.setAIASource(null);
        policy = ValidationPolicyLoader.fromDefaultValidationPolicy().create();
    }

    @TearDown(org.openjdk.jmh.annotations.Level.Trial)
    public void tearDown() {
        pki.close();
    }

    static byte[] referencePackage() {
        List<ScanSource> scans = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            scans.add(ScanSource.of("page-" + (i + 1) + ".jpg", SampleScans.seed(42 + i).a4Jpeg(300).bytes()));
        }
        CertificationFacts facts = CertificationFacts.builder()
                .kind(CertificationKind.FROM_ORIGINAL).number(123).book("01/2026-SCT/BS").registerType("SCT/BS")
                .date(LocalDate.of(2026, 11, 22)).certifyingBody("UBND phường Bến Nghé, Quận 1", "000.00.12.H29")
                .requester("Nguyễn Văn Ấn", "079123456789")
                .original("Bằng tốt nghiệp đại học", "Trường Đại học Cần Thơ", "A123456", LocalDate.of(2010, 7, 1))
                .pages(3).copies(1).certifier("Nguyễn Thị Hương", "Công chức Tư pháp - Hộ tịch").fee(4000).build();
        return CertifiedCopy.builder().sources(scans).facts(facts)
                .clock(Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC)).build().toBytes();
    }

    /** bansao: one call on the shared, pre-warmed verifier (full detection, no rendering). */
    @Benchmark
    public Verdict bansaoVerify() {
        return verifier.verify(copy, "reference.pdf").verdict();
    }

    /** DSS as documented: a new validator per document, default policy loaded per call, visual comparison on. */
    @Benchmark
    public Reports dssDefault() {
        SignedDocumentValidator v = SignedDocumentValidator.fromDocument(new InMemoryDocument(copy));
        v.setCertificateVerifier(dssVerifier);
        return v.validateDocument();
    }

    /** DSS tuned: policy loaded once, ETSI report off, no visual page comparison (weaker against shadow attacks). */
    @Benchmark
    public Reports dssTuned() {
        PDFDocumentValidator v = (PDFDocumentValidator) SignedDocumentValidator.fromDocument(new InMemoryDocument(copy));
        PdfBoxDefaultObjectFactory factory = new PdfBoxDefaultObjectFactory();
        DefaultPdfDifferencesFinder differences = new DefaultPdfDifferencesFinder();
        differences.setMaximalPagesAmountForVisualComparison(0);
        factory.setPdfDifferencesFinder(differences);
        v.setPdfObjFactory(factory);
        v.setCertificateVerifier(dssVerifier);
        v.setEnableEtsiValidationReport(false);
        return v.validateDocument(policy);
    }
}

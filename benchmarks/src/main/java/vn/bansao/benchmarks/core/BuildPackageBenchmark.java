package vn.bansao.benchmarks.core;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.bansao.core.CertifiedCopy;
import vn.bansao.core.ScanSource;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.testkit.SampleScans;

/**
 * The 3-page A4 300-dpi JPEG reference package: bansao's complete PDF/A-3u build (header-only pass-through,
 * certification page with font subset and QR, XMP, manifest, signature fields) against plain PDFBox embedding
 * the same three scans with {@code JPEGFactory.createFromByteArray} (which decodes every image), no PDF/A,
 * no certification page.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main BuildPackageBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BuildPackageBenchmark {

    private final List<byte[]> scans = new ArrayList<>();
    private CertificationFacts facts;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);

    @Setup
    public void setUp() {
        for (int i = 0; i < 3; i++) {
            scans.add(SampleScans.seed(2026 + i).a4Jpeg(300).bytes());
        }
        facts = CertificationFacts.builder()
                .kind(CertificationKind.FROM_ORIGINAL).number(123).book("01/2026-SCT/BS").registerType("SCT/BS")
                .date(LocalDate.of(2026, 11, 22)).certifyingBody("UBND phường Bến Nghé", "000.00.12.H29")
                .requester("Nguyễn Văn An", "079123456789")
                .original("Bằng tốt nghiệp đại học", "Trường Đại học Cần Thơ", "A123456", LocalDate.of(2010, 7, 1))
                .pages(3).copies(1).certifier("Trần Thị Bình", "Công chức Tư pháp - Hộ tịch").fee(5000).build();
    }

    /** Total bytes of the three scans (reported once by {@link #main}). */
    public long scanBytes() {
        return scans.stream().mapToLong(b -> b.length).sum();
    }

    @Benchmark
    public void bansaoCertifiedCopyPdfA() throws IOException {
        CertifiedCopy.Builder b = CertifiedCopy.builder().facts(facts).clock(clock);
        for (int i = 0; i < scans.size(); i++) {
            b.scan(ScanSource.of("scan" + i + ".jpg", scans.get(i)));
        }
        b.build().writeTo(OutputStream.nullOutputStream());
    }

    @Benchmark
    public void plainPdfBoxJpegFactory() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (byte[] jpeg : scans) {
                PDImageXObject img = JPEGFactory.createFromByteArray(doc, jpeg);
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(img, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(OutputStream.nullOutputStream());
        }
    }

    /** Prints the scan sizes (for the README). */
    public static void main(String[] args) {
        BuildPackageBenchmark b = new BuildPackageBenchmark();
        b.setUp();
        System.out.println("3 scans, bytes: " + b.scanBytes());
    }
}

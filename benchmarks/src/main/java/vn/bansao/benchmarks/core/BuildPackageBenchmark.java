package vn.bansao.benchmarks.core;

import java.io.IOException;
import java.io.OutputStream;
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
import vn.bansao.benchmarks.ReferencePackage;

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

    private List<byte[]> scans;

    @Setup
    public void setUp() {
        scans = ReferencePackage.scans();
    }

    /** Total bytes of the three scans (reported once by {@link #main}). */
    public long scanBytes() {
        return scans.stream().mapToLong(b -> b.length).sum();
    }

    @Benchmark
    public void bansaoCertifiedCopyPdfA() throws IOException {
        ReferencePackage.builder(scans).build().writeTo(OutputStream.nullOutputStream());
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

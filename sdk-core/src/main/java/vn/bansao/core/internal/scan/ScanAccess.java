package vn.bansao.core.internal.scan;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadMemoryMappedFile;
import vn.bansao.core.ScanSource;

/**
 * PDFBox's random access to a scan's bytes (callers close it): the in-memory array itself, or the file
 * memory-mapped (and unmapped on close), so pass-through images reach the output without passing through the
 * Java heap. Here rather than on {@link ScanSource}, whose public API carries no PDFBox type.
 *
 * <pre>{@code
 * try (RandomAccessRead in = ScanAccess.open(source)) { ... }
 * }</pre>
 */
public final class ScanAccess {

    private ScanAccess() {
    }

    /** A new random-access view of {@code source}. */
    public static RandomAccessRead open(ScanSource source) throws IOException {
        if (source.file().isPresent()) {
            return new RandomAccessReadMemoryMappedFile(source.file().get());
        }
        return new RandomAccessReadBuffer(source.inMemory().orElseThrow());
    }
}

package vn.bansao.signing.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans from bansao-core, read once: the bytes to embed (as a subset) and the set of code
 * points it covers, so missing glyphs are found before drawing instead of PDFBox failing mid-way.
 */
public final class VietnameseFont {

    static final String RESOURCE = "/vn/bansao/core/fonts/DejaVuSans.ttf";
    private static final int COVERAGE_LIMIT = 0x3000;
    private static final VietnameseFont INSTANCE = load();

    private final byte[] bytes;
    private final BitSet covered;

    private VietnameseFont(byte[] bytes, BitSet covered) {
        this.bytes = bytes;
        this.covered = covered;
    }

    /** The shared instance (immutable after loading). */
    public static VietnameseFont get() {
        return INSTANCE;
    }

    private static VietnameseFont load() {
        try (InputStream in = VietnameseFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font " + RESOURCE + " missing from the classpath (bansao-core)");
            }
            byte[] bytes = in.readAllBytes();
            BitSet covered = new BitSet(COVERAGE_LIMIT);
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                for (int cp = 0; cp < COVERAGE_LIMIT; cp++) {
                    if (cmap.getGlyphId(cp) != 0) {
                        covered.set(cp);
                    }
                }
            }
            return new VietnameseFont(bytes, covered);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /** The first code point of {@code text} the font cannot draw, or -1. */
    public int firstMissing(String text) {
        return text.codePoints().filter(cp -> cp >= COVERAGE_LIMIT || !covered.get(cp)).findFirst().orElse(-1);
    }

    /** Loads the font into {@code doc} for subset embedding (PDFBox subsets it when the document or increment is saved). */
    public PDType0Font embedSubset(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, new ByteArrayInputStream(bytes), true);
    }
}

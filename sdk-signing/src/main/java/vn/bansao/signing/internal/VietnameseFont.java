package vn.bansao.signing.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
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
    private final byte[] vietnamese;
    private final BitSet vietnameseCovered;

    private VietnameseFont(byte[] bytes, BitSet covered, byte[] vietnamese, BitSet vietnameseCovered) {
        this.bytes = bytes;
        this.covered = covered;
        this.vietnamese = vietnamese;
        this.vietnameseCovered = vietnameseCovered;
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
            BitSet common = new BitSet(COVERAGE_LIMIT);
            byte[] small;
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                for (int cp = 0; cp < COVERAGE_LIMIT; cp++) {
                    if (cmap.getGlyphId(cp) != 0) {
                        covered.set(cp);
                        if (isCommon(cp)) {
                            common.set(cp);
                        }
                    }
                }
                TTFSubsetter subsetter = new TTFSubsetter(ttf);
                subsetter.addAll(common.stream().boxed().collect(Collectors.toSet()));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                subsetter.writeToStream(out);
                small = out.toByteArray();
            }
            return new VietnameseFont(bytes, covered, small, common);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /** Latin, Vietnamese letters and tones, common punctuation: what names, titles and dates use. */
    private static boolean isCommon(int cp) {
        return (cp >= 0x20 && cp <= 0x17F) || (cp >= 0x1A0 && cp <= 0x1B0) || (cp >= 0x300 && cp <= 0x323)
                || (cp >= 0x1EA0 && cp <= 0x1EF9) || (cp >= 0x2010 && cp <= 0x2030);
    }

    /** The first code point of {@code text} the font cannot draw, or -1. */
    public int firstMissing(String text) {
        return text.codePoints().filter(cp -> cp >= COVERAGE_LIMIT || !covered.get(cp)).findFirst().orElse(-1);
    }

    /**
     * Loads the font into {@code doc} for subset embedding (PDFBox subsets it when the increment is saved).
     * Text made of Latin and Vietnamese letters uses a pre-cut Vietnamese subset of DejaVu Sans, parsed in a
     * fraction of the time of the 700 KB full font; anything else uses the full font.
     */
    public PDType0Font embedSubset(PDDocument doc, List<String> lines) throws IOException {
        boolean common = lines.stream().allMatch(l -> l.codePoints().allMatch(cp -> cp < COVERAGE_LIMIT && vietnameseCovered.get(cp)));
        return PDType0Font.load(doc, new ByteArrayInputStream(common ? vietnamese : bytes), true);
    }
}

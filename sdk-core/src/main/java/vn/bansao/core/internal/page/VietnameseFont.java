package vn.bansao.core.internal.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.BitSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.bansao.core.MissingGlyphException;

/**
 * DejaVu Sans (regular, bold), shipped in the jar: covers every Vietnamese letter. Once per JVM each font is
 * cut down to the scripts a Vietnamese statement uses ({@link #RANGES}: Latin with all Vietnamese letters,
 * combining marks, punctuation, currency including ₫): parsing that small font per document costs a fraction
 * of parsing the full one (whose large cmap dominated the build time). Coverage is computed from the cut
 * font's cmap, so text is checked before drawing (PDFBox would otherwise fail half-way through a page).
 */
public enum VietnameseFont {
    REGULAR("DejaVuSans.ttf"),
    BOLD("DejaVuSans-Bold.ttf");

    /** Unicode ranges kept, inclusive pairs. */
    static final int[][] RANGES = {
        {0x20, 0x7E}, {0xA0, 0x24F}, {0x2B0, 0x36F}, {0x1E00, 0x1EFF}, {0x2000, 0x206F}, {0x20A0, 0x20CF},
        {0x2100, 0x214F}, {0x2190, 0x21FF}, {0x2200, 0x22FF}, {0x25A0, 0x25FF}};

    private final String resource;
    private volatile byte[] bytes;
    private volatile BitSet coverage;

    VietnameseFont(String resource) {
        this.resource = resource;
    }

    private byte[] bytes() {
        byte[] b = bytes;
        if (b == null) {
            synchronized (this) {
                if (bytes == null) {
                    try (InputStream in = VietnameseFont.class.getResourceAsStream("/vn/bansao/core/fonts/" + resource)) {
                        if (in == null) {
                            throw new IllegalStateException("missing font resource " + resource);
                        }
                        bytes = cut(in.readAllBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                b = bytes;
            }
        }
        return b;
    }

    private BitSet coverage() {
        BitSet c = coverage;
        if (c == null) {
            synchronized (this) {
                if (coverage == null) {
                    BitSet set = new BitSet(0x10000);
                    try (TrueTypeFont ttf = parse()) {
                        CmapLookup cmap = ttf.getUnicodeCmapLookup();
                        for (int cp = 0x20; cp < 0x10000; cp++) {
                            if (cmap.getGlyphId(cp) > 0) {
                                set.set(cp);
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    coverage = set;
                }
                c = coverage;
            }
        }
        return c;
    }

    private static byte[] cut(byte[] full) throws IOException {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(full))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            java.util.Set<Integer> keep = new java.util.TreeSet<>();
            for (int[] r : RANGES) {
                for (int cp = r[0]; cp <= r[1]; cp++) {
                    if (cmap.getGlyphId(cp) > 0) {
                        keep.add(cp);
                    }
                }
            }
            org.apache.fontbox.ttf.TTFSubsetter subsetter = new org.apache.fontbox.ttf.TTFSubsetter(ttf);
            subsetter.addAll(keep);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        }
    }

    private TrueTypeFont parse() throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
    }

    /** Throws {@link MissingGlyphException} naming the first character of {@code text} this font lacks. */
    public void checkCoverage(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        BitSet c = coverage();
        nfc.codePoints().forEach(cp -> {
            if (cp >= 0x10000 || !c.get(cp)) {
                throw new MissingGlyphException(cp, nfc);
            }
        });
    }

    /** Loads the font into {@code doc}, embedded as a subset. */
    public PDType0Font load(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, parse(), true);
    }
}

package vn.bansao.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.BitSet;
import java.util.OptionalInt;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import vn.bansao.core.MissingGlyphException;

/**
 * DejaVu Sans (regular, bold), shipped in the jar: covers every Vietnamese letter. The one font of every page
 * bansao draws (statement page, visible signatures, register exports), so that the rules of domain.md hold
 * everywhere: text NFC-normalised, coverage checked before drawing, embedded as a subset (PDF/A). Once per JVM each font is
 * cut down to the scripts a Vietnamese statement uses ({@link #RANGES}: Latin with all Vietnamese letters,
 * combining marks, punctuation, currency including ₫): parsing that small font per document costs a fraction
 * of parsing the full one (whose large cmap dominated the build time). Coverage is computed from the cut
 * font's cmap, so text is checked before drawing (PDFBox would otherwise fail half-way through a page).
 *
 * <pre>{@code
 * VietnameseFont.REGULAR.checkCoverage(line);            // MissingGlyphException naming the character
 * VietnameseFont.BOLD.firstMissing(title);               // OptionalInt: the first code point it cannot draw
 * PDType0Font font = PDType0Font.load(doc, VietnameseFont.REGULAR.openTtf(), true);   // PDFBox, as a subset
 * }</pre>
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

    /** The first code point of {@code text} (NFC-normalised) this font cannot draw, if any. */
    public OptionalInt firstMissing(String text) {
        BitSet c = coverage();
        return Normalizer.normalize(text, Normalizer.Form.NFC).codePoints()
                .filter(cp -> cp >= 0x10000 || !c.get(cp))
                .findFirst();
    }

    /** Throws {@link MissingGlyphException} naming the first character of {@code text} this font lacks. */
    public void checkCoverage(String text) {
        OptionalInt missing = firstMissing(text);
        if (missing.isPresent()) {
            throw new MissingGlyphException(missing.getAsInt(), Normalizer.normalize(text, Normalizer.Form.NFC));
        }
    }

    /**
     * {@code text}, NFC-normalised, with every character this font cannot draw replaced by {@code ?}: for
     * listings such as register exports, which must print whatever was typed into the register (the exact text
     * stays in the register and its CSV export) rather than fail.
     */
    public String drawable(String text) {
        BitSet c = coverage();
        StringBuilder out = new StringBuilder(text.length());
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints()
                .forEach(cp -> out.appendCodePoint(cp < 0x10000 && c.get(cp) ? cp : '?'));
        return out.toString();
    }

    /** Reads and cuts the font now (once per JVM), so the first document does not pay for it. */
    public void warmUp() {
        coverage();
    }

    /**
     * The font file (TrueType, cut to {@link #RANGES}), for a PDF library to embed as a subset; a new stream each
     * call. With PDFBox: {@code PDType0Font.load(doc, VietnameseFont.REGULAR.openTtf(), true)}.
     */
    public InputStream openTtf() {
        return new java.io.ByteArrayInputStream(bytes());
    }
}

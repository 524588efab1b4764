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
 * DejaVu Sans (regular, bold), shipped in the jar: covers every Vietnamese letter. The font files are read
 * once per JVM; their character coverage is computed once from the cmap so text is checked before drawing
 * (PDFBox would otherwise fail half-way through a page).
 */
public enum VietnameseFont {
    REGULAR("DejaVuSans.ttf"),
    BOLD("DejaVuSans-Bold.ttf");

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
                        bytes = in.readAllBytes();
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

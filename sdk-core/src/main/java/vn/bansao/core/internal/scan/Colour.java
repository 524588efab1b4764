package vn.bansao.core.internal.scan;

/**
 * The colour space of an embedded image.
 *
 * @param model   the model
 * @param palette RGB triplets of an indexed image (empty otherwise)
 * @param icc     ICC profile bytes for CMYK (empty: the bundled CMYK profile)
 */
public record Colour(Model model, byte[] palette, byte[] icc) {

    /** Colour models written; device RGB and gray are characterised by the sRGB output intent. */
    public enum Model { GRAY, RGB, CMYK, INDEXED }

    public static final Colour GRAY = new Colour(Model.GRAY, new byte[0], new byte[0]);
    public static final Colour RGB = new Colour(Model.RGB, new byte[0], new byte[0]);

    public static Colour cmyk(byte[] icc) {
        return new Colour(Model.CMYK, new byte[0], icc);
    }

    public static Colour indexed(byte[] palette) {
        return new Colour(Model.INDEXED, palette, new byte[0]);
    }

    /** Components per pixel in the image data. */
    public int components() {
        return switch (model) {
            case GRAY, INDEXED -> 1;
            case RGB -> 3;
            case CMYK -> 4;
        };
    }
}

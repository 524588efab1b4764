package vn.bansao.core.internal.scan;

/**
 * EXIF/TIFF orientation expressed as what the page does: a clockwise /Rotate and an optional horizontal
 * mirror in the drawing matrix. The pixels are never touched.
 *
 * @param rotation clockwise degrees: 0, 90, 180, 270
 * @param mirrored true to mirror left-right before rotating
 */
public record Orientation(int rotation, boolean mirrored) {

    public static final Orientation NONE = new Orientation(0, false);

    /** From the EXIF/TIFF Orientation tag (1..8); anything else is treated as 1. */
    public static Orientation fromTag(int tag) {
        return switch (tag) {
            case 2 -> new Orientation(0, true);
            case 3 -> new Orientation(180, false);
            case 4 -> new Orientation(180, true);
            case 5 -> new Orientation(270, true);
            case 6 -> new Orientation(90, false);
            case 7 -> new Orientation(90, true);
            case 8 -> new Orientation(270, false);
            default -> NONE;
        };
    }
}

package vn.bansao.core.read;

/**
 * A signature field of the copy and where its widget is.
 *
 * <pre>{@code
 * contents.signatureField("bansao_officer").ifPresent(f -> System.out.println(f.page()));
 * }</pre>
 *
 * @param name   field name ({@code bansao_officer}, {@code bansao_authority})
 * @param page   0-based page index of the widget (-1 when unknown)
 * @param x      lower-left x of the widget, points
 * @param y      lower-left y
 * @param width  width, points
 * @param height height, points
 * @param signed whether the field holds a signature value
 */
public record SignatureFieldInfo(String name, int page, float x, float y, float width, float height, boolean signed) {
}

package vn.bansao.common;

import java.util.Locale;

/**
 * A text kept in a {@link java.util.ResourceBundle} pair: {@code <bundle>.properties} (English, the default) and
 * {@code <bundle>_vi.properties} (Vietnamese), the key being {@link #name()}. Usually an enum: the constants are
 * the keys, and {@link #bundle()} names the pair once for all of them. Patterns are {@link java.text.MessageFormat}
 * patterns ({@code {0}}, {@code {1}}; an apostrophe is written {@code ''}).
 *
 * <pre>{@code
 * enum ScanTexts implements MessageKey {
 *     JPEG_TRUNCATED;          // vn/bansao/core/texts.properties: JPEG_TRUNCATED=truncated JPEG file
 *     public String bundle() { return "vn.bansao.core.texts"; }
 * }
 * String vi = ScanTexts.JPEG_TRUNCATED.text(BansaoException.VIETNAMESE);   // "tệp JPEG bị cắt cụt"
 * }</pre>
 */
public interface MessageKey {

    /** The key in the bundle (an enum constant's name). */
    String name();

    /** The bundle's base name, e.g. {@code vn.bansao.core.errors}. */
    String bundle();

    /** This key's text in {@code locale} (Vietnamese for {@code vi}, English otherwise), formatted with {@code args}. */
    default String text(Locale locale, Object... args) {
        return Texts.format(this, locale, args);
    }
}

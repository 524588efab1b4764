package vn.bansao.common;

import java.util.Locale;
import java.util.Objects;

/**
 * A text that exists in Vietnamese and English, resolved when a message is formatted. Passed as an argument of a
 * {@link BansaoException} it is rendered in the message's language: an exception whose detail comes from another
 * bundle ({@link #of(MessageKey, Object...)}) or from two strings built at the throw site ({@link #of(String, String)})
 * still reads in one language.
 *
 * <pre>{@code
 * LocalizedText why = LocalizedText.of("tệp JPEG bị cắt cụt", "truncated JPEG file");
 * why.in(Locale.ENGLISH);              // "truncated JPEG file"
 * why.in(BansaoException.VIETNAMESE);  // "tệp JPEG bị cắt cụt"
 * }</pre>
 */
public interface LocalizedText {

    /** The text in {@code locale}: Vietnamese for a {@code vi} locale, English for any other. */
    String in(Locale locale);

    /** Two texts given in code. */
    static LocalizedText of(String vietnamese, String english) {
        return new Bilingual(vietnamese, english);
    }

    /** A bundle text with its arguments (which may themselves be {@code LocalizedText}s). */
    static LocalizedText of(MessageKey key, Object... args) {
        return new Keyed(key, args.clone());
    }

    /** Two texts given in code; {@link #toString()} is the English one. */
    record Bilingual(String vietnamese, String english) implements LocalizedText, java.io.Serializable {
        public Bilingual {
            Objects.requireNonNull(vietnamese, "vietnamese");
            Objects.requireNonNull(english, "english");
        }

        @Override
        public String in(Locale locale) {
            return Texts.isVietnamese(locale) ? vietnamese : english;
        }

        @Override
        public String toString() {
            return english;
        }
    }

    /** A bundle text; {@link #toString()} is the English one. */
    record Keyed(MessageKey key, Object[] args) implements LocalizedText, java.io.Serializable {
        public Keyed {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(args, "args");
        }

        @Override
        public String in(Locale locale) {
            return Texts.format(key, locale, args);
        }

        @Override
        public String toString() {
            return in(Locale.ENGLISH);
        }
    }
}

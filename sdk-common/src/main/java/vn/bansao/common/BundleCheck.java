package vn.bansao.common;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * Checks that message keys have usable texts: a Vietnamese and an English pattern, both valid
 * {@link MessageFormat} patterns, not the same words in both, with no lone apostrophe (MessageFormat would swallow
 * it: write {@code ''}). Each module's tests call it on all its codes.
 *
 * <pre>{@code
 * assertThat(BundleCheck.problems(CoreError.values())).isEmpty();
 * }</pre>
 */
public final class BundleCheck {

    private BundleCheck() {
    }

    /** What is wrong with the texts of {@code keys}, one line per problem; empty when all are fine. */
    public static List<String> problems(MessageKey... keys) {
        List<String> out = new ArrayList<>();
        for (MessageKey key : keys) {
            String vi = pattern(key, Texts.VIETNAMESE, out);
            String en = pattern(key, Locale.ENGLISH, out);
            if (vi != null && en != null) {
                // one language may leave an argument out (the driver's English reason, say): counts are not compared
                checkPattern(key, "vi", vi, out);
                checkPattern(key, "en", en, out);
                if (vi.equals(en) && !vi.replaceAll("\\{[^}]*}", "").replaceAll("[\\p{Punct}\\s]", "").isEmpty()) {
                    out.add(key.bundle() + " " + key.name() + ": the Vietnamese text is the English one");
                }
            }
        }
        return out;
    }

    private static String pattern(MessageKey key, Locale locale, List<String> out) {
        try {
            String p = Texts.pattern(key, locale);
            if (p.isBlank()) {
                out.add(key.bundle() + " " + key.name() + ": empty text in " + locale.getLanguage());
                return null;
            }
            return p;
        } catch (MissingResourceException e) {
            out.add(key.bundle() + " " + key.name() + ": no text in " + (Texts.isVietnamese(locale) ? "vi" : "en"));
            return null;
        }
    }

    private static void checkPattern(MessageKey key, String lang, String pattern, List<String> out) {
        if (pattern.replace("''", "").contains("'")) {
            out.add(key.bundle() + " " + key.name() + ": a lone apostrophe in " + lang + " (write '')");
            return;
        }
        try {
            new MessageFormat(pattern);
        } catch (IllegalArgumentException e) {
            out.add(key.bundle() + " " + key.name() + ": invalid pattern in " + lang + ": " + e.getMessage());
        }
    }
}

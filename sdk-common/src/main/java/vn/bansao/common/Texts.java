package vn.bansao.common;

import java.text.Format;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * How bundle texts are looked up and formatted: two languages only, Vietnamese for a {@code vi} locale and English
 * (the bundle without suffix) for every other locale, whatever the JVM's default locale is. Arguments that are
 * {@link LocalizedText}s are rendered in the same language first; whole numbers given to a plain {@code {0}} are
 * printed as digits without grouping (a page 1234, a size 4096) so that numbers read the same in both languages.
 *
 * <pre>{@code
 * String en = Texts.format(RegisterError.REGISTER_UNAVAILABLE, Locale.ENGLISH, "append", "timeout");
 * }</pre>
 */
public final class Texts {

    /** Vietnamese, the SDK's first language. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /**
     * Properties files only, one file per language and no chain: the Vietnamese file has no English parent (a key it
     * lacks is missing, not silently English) and the JVM's default locale is never consulted (an English request on
     * a Vietnamese desktop must not get the Vietnamese file).
     */
    private static final ResourceBundle.Control ONE_FILE = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return List.of(locale);
        }
    };

    private Texts() {
    }

    /** True for a locale whose language is Vietnamese. */
    public static boolean isVietnamese(Locale locale) {
        return locale != null && "vi".equals(locale.getLanguage());
    }

    /** The bundle's raw pattern for {@code key} in the language of {@code locale}; throws if there is none. */
    public static String pattern(MessageKey key, Locale locale) {
        Locale language = isVietnamese(locale) ? VIETNAMESE : Locale.ROOT;
        ClassLoader loader = key.getClass().getClassLoader();
        ResourceBundle bundle = ResourceBundle.getBundle(key.bundle(), language,
                loader == null ? ClassLoader.getSystemClassLoader() : loader, ONE_FILE);
        return bundle.getString(key.name());
    }

    /**
     * The text of {@code key} in the language of {@code locale}, formatted with {@code args}. Never throws: a missing
     * text (a test walks every code so that there is none) gives {@code KEY [args]}.
     */
    public static String format(MessageKey key, Locale locale, Object... args) {
        Locale language = isVietnamese(locale) ? VIETNAMESE : Locale.ENGLISH;
        Object[] resolved = resolve(args, language);
        String pattern;
        try {
            pattern = pattern(key, language);
        } catch (MissingResourceException e) {
            return key.name() + (resolved.length == 0 ? "" : " " + Arrays.toString(resolved));
        }
        try {
            MessageFormat format = new MessageFormat(pattern, language);
            Format[] formats = format.getFormatsByArgumentIndex();
            for (int i = 0; i < resolved.length && i < formats.length; i++) {
                if (formats[i] == null && isWholeNumber(resolved[i])) {
                    resolved[i] = resolved[i].toString();
                }
            }
            return format.format(resolved);
        } catch (IllegalArgumentException e) {
            return pattern + " " + Arrays.toString(resolved);
        }
    }

    private static Object[] resolve(Object[] args, Locale language) {
        Object[] out = args == null ? new Object[0] : args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof LocalizedText text) {
                out[i] = text.in(language);
            } else if (out[i] == null) {
                out[i] = "";
            }
        }
        return out;
    }

    private static boolean isWholeNumber(Object o) {
        return o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte
                || o instanceof java.math.BigInteger;
    }
}

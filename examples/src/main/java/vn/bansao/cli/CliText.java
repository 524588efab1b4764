package vn.bansao.cli;

import java.util.Locale;
import vn.bansao.common.MessageKey;
import vn.bansao.common.Texts;

/**
 * The CLI's own texts in one language ({@code vn/bansao/cli/texts.properties}, English, and
 * {@code texts_vi.properties}, Vietnamese), for the commands that write in the language the user chose
 * ({@code --lang}); the bilingual error line comes from the exceptions' codes instead ({@link UserErrors}).
 *
 * <pre>{@code
 * err.println(CliText.METRICS_ROWS_SKIPPED.in(vi, 3, firstProblem));
 * }</pre>
 */
public enum CliText implements MessageKey {
    /** {0}: how many rows were skipped, {1}: the first of them. */
    METRICS_ROWS_SKIPPED;

    @Override
    public String bundle() {
        return "vn.bansao.cli.texts";
    }

    /** This text in Vietnamese ({@code vi}) or English, formatted with {@code args}. */
    public String in(boolean vi, Object... args) {
        return text(vi ? Texts.VIETNAMESE : Locale.ENGLISH, args);
    }
}

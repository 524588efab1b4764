package vn.bansao.signing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a signature looks in its field on the certification page, declared by name as in PDF-AS:
 * a list of text lines with placeholders, a maximum font size and an optional frame. The text is
 * drawn in the embedded DejaVu Sans (Vietnamese-complete), NFC-normalised, glyph coverage checked.
 *
 * <p>Placeholders: {@code {role}} (Vietnamese caption of the role), {@code {name}} (CN),
 * {@code {title}} (T), {@code {organisation}} (O), {@code {time}} (signing time, Vietnam time),
 * {@code {date}} (signing date). Lines that become empty (e.g. no title in the certificate) are dropped.
 *
 * <pre>{@code
 * PadesSigner.builder().appearance(AppearanceProfile.named("compact"))...
 * AppearanceProfile mine = new AppearanceProfile("mine", true, List.of("{name}", "Ngày ký: {date}"), 9f, false);
 * }</pre>
 *
 * @param name        profile name
 * @param visible     false draws nothing (zero-size widget)
 * @param lines       text lines with placeholders
 * @param maxFontSize font size in points; shrunk to fit the field
 * @param frame       whether a thin frame is drawn around the field
 */
public record AppearanceProfile(String name, boolean visible, List<String> lines, float maxFontSize, boolean frame) {

    /** Role caption, name, title, organisation and signing time, framed. */
    public static final AppearanceProfile DEFAULT = new AppearanceProfile("default", true,
            List.of("{role}", "Ký bởi: {name}", "{title}", "{organisation}", "Ký lúc: {time}"), 9f, true);
    /** Name and time only, no frame. */
    public static final AppearanceProfile COMPACT = new AppearanceProfile("compact", true,
            List.of("{name}", "{time}"), 8f, false);
    /** Nothing drawn; the signature is still in the role's field. */
    public static final AppearanceProfile INVISIBLE = new AppearanceProfile("invisible", false, List.of(), 0f, false);

    private static final Map<String, AppearanceProfile> BUILT_IN = Map.of(
            DEFAULT.name, DEFAULT, COMPACT.name, COMPACT, INVISIBLE.name, INVISIBLE);

    public AppearanceProfile {
        lines = List.copyOf(lines);
        if (visible && (lines.isEmpty() || maxFontSize <= 0)) {
            throw new IllegalArgumentException("a visible profile needs lines and a positive font size");
        }
    }

    /**
     * A built-in profile: {@code default}, {@code compact} or {@code invisible}.
     *
     * @throws IllegalArgumentException for another name
     */
    public static AppearanceProfile named(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "Không có mẫu hiển thị '" + name + "' / no appearance profile '" + name + "' (default, compact, invisible)"));
    }

    /** A built-in profile by name, if there is one. */
    public static Optional<AppearanceProfile> find(String name) {
        return Optional.ofNullable(BUILT_IN.get(name));
    }
}

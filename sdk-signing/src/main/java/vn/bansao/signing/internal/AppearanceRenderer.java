package vn.bansao.signing.internal;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import vn.bansao.common.LocalizedText;
import vn.bansao.core.text.VietnameseFont;
import vn.bansao.signing.AppearanceProfile;
import vn.bansao.signing.Role;
import vn.bansao.signing.SigningException;
import vn.bansao.signing.SigningText;

/**
 * Draws a visible signature into an appearance stream the size of the field: opaque, no
 * transparency, embedded subset font, DeviceRGB (PDF/A with an sRGB output intent).
 */
public final class AppearanceRenderer {

    /** Vietnam has one time zone, UTC+7. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'ngày' dd/MM/yyyy '(GMT+7)'");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final float PADDING = 3f;
    private static final float LEADING = 1.25f;

    private AppearanceRenderer() {
    }

    /** The text lines of a profile for one signer, NFC, empty lines dropped. */
    public static List<String> lines(AppearanceProfile profile, Role role, SignerIdentity who, Instant time) {
        return lines(profile, role, false, who, time);
    }

    /** As {@link #lines(AppearanceProfile, Role, SignerIdentity, Instant)}, for a copy from the master register. */
    public static List<String> lines(AppearanceProfile profile, Role role, boolean fromMasterRegister, SignerIdentity who,
                                     Instant time) {
        String t = TIME.format(time.atZone(VIETNAM));
        String d = DATE.format(time.atZone(VIETNAM));
        List<String> out = new ArrayList<>();
        for (String template : profile.lines()) {
            if ((template.contains("{title}") && who.title().isBlank())
                    || (template.contains("{organisation}") && who.organisation().isBlank())
                    || (template.contains("{name}") && who.name().isBlank())) {
                continue;
            }
            String line = template.replace("{role}", role.captionVi(fromMasterRegister)).replace("{name}", who.name())
                    .replace("{title}", who.title()).replace("{organisation}", who.organisation())
                    .replace("{time}", t).replace("{date}", d);
            line = Normalizer.normalize(line, Normalizer.Form.NFC).strip();
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }

    /** Fails with {@code GLYPH_MISSING} before anything is drawn when a letter has no glyph. */
    public static void checkCoverage(List<String> lines) {
        for (String line : lines) {
            java.util.OptionalInt firstMissing = VietnameseFont.REGULAR.firstMissing(line);
            if (firstMissing.isPresent()) {
                int missing = firstMissing.getAsInt();
                String ch = new String(Character.toChars(missing));
                throw new SigningException(SigningException.Cause.GLYPH_MISSING,
                        LocalizedText.of(SigningText.FONT_HAS_NO_GLYPH, ch, Integer.toHexString(missing).toUpperCase(), line), null);
            }
        }
    }

    /** Draws the lines into a new appearance stream of the field's size. */
    public static PDAppearanceStream render(PDDocument doc, PDType0Font font, float width, float height,
                                            List<String> lines, AppearanceProfile profile) throws IOException {
        PDAppearanceStream ap = new PDAppearanceStream(doc);
        ap.setBBox(new PDRectangle(width, height));
        ap.setResources(new PDResources());
        float size = profile.maxFontSize();
        size = Math.min(size, (height - 2 * PADDING) / (lines.size() * LEADING));
        for (String line : lines) {
            float w = font.getStringWidth(line) / 1000f;
            if (w > 0) {
                size = Math.min(size, (width - 2 * PADDING) / w);
            }
        }
        size = Math.max(size, 1f);
        try (PDPageContentStream cs = new PDPageContentStream(doc, ap)) {
            cs.setNonStrokingColor(1f, 1f, 1f);
            cs.addRect(0, 0, width, height);
            cs.fill();
            if (profile.frame()) {
                cs.setStrokingColor(0.05f, 0.2f, 0.55f);
                cs.setLineWidth(0.8f);
                cs.addRect(0.5f, 0.5f, width - 1, height - 1);
                cs.stroke();
            }
            cs.setNonStrokingColor(0.05f, 0.2f, 0.55f);
            cs.beginText();
            cs.setFont(font, size);
            cs.setLeading(size * LEADING);
            cs.newLineAtOffset(PADDING, height - PADDING - size);
            for (String line : lines) {
                cs.showText(line);
                cs.newLine();
            }
            cs.endText();
        }
        return ap;
    }
}

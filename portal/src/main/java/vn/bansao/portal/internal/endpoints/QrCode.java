package vn.bansao.portal.internal.endpoints;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.bansao.portal.internal.web.ApiException;

/**
 * The QR code printed on a certified copy, as sdk-core writes it: a link {@code <portal>?payload=<payload>} or the
 * payload alone, {@code BS2|<agency code>|<book>|<number>|<scan digest>}, the book as printed ({@code 01/2026-SCT/BS}:
 * book number, year, register type). Copies made before
 * the book was printed carry {@code BS1|<agency code>|<number>|<year>|<scan digest>[|<portal URL>]} and are still
 * read (their register type and book are then unknown: the lookup relies on the scan digest alone).
 *
 * @param registerType empty for a BS1 code
 * @param book         empty for a BS1 code
 */
record QrCode(String agencyCode, Optional<String> registerType, Optional<String> book, long number, int year,
              String scanDigest) {

    private static final Pattern AGENCY = Pattern.compile("[0-9A-Z.]{1,35}");
    private static final Pattern DIGEST = Pattern.compile("[A-Za-z0-9_-]{16,128}");
    private static final int MAX_LENGTH = 2048;

    static QrCode parse(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            throw invalid("empty or too long");
        }
        String payload = text.strip();
        if (!payload.startsWith("BS1|") && !payload.startsWith("BS2|")) {
            payload = fromLink(payload).orElseThrow(() -> invalid("not a bansao QR code (BS2|...)"));
        }
        return payload.startsWith("BS2|") ? parseV2(payload) : parseV1(payload);
    }

    private static final Pattern BOOK = Pattern.compile("(\\d{1,4})/(\\d{4})-([^|\\p{Cntrl}]{1,60})");

    private static QrCode parseV2(String payload) {
        String[] f = payload.split("\\|", -1);
        if (f.length != 5) {
            throw invalid("expected BS2|agency|book|number|digest");
        }
        java.util.regex.Matcher book = BOOK.matcher(f[2]);
        if (!book.matches()) {
            throw invalid("book (NN/YYYY-TYPE)");
        }
        return new QrCode(agency(f[1]), Optional.of(book.group(3)), Optional.of(f[2]), number(f[3]), year(book.group(2)),
                digest(f[4]));
    }

    private static QrCode parseV1(String payload) {
        String[] f = payload.split("\\|", 6);
        if (f.length < 5) {
            throw invalid("expected BS1|agency|number|year|digest");
        }
        return new QrCode(agency(f[1]), Optional.empty(), Optional.empty(), number(f[2]), year(f[3]), digest(f[4]));
    }

    private static String agency(String s) {
        if (!AGENCY.matcher(s).matches()) {
            throw invalid("agency code");
        }
        return s;
    }

    private static long number(String s) {
        try {
            long n = Long.parseLong(s);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw invalid("number");
    }

    private static int year(String s) {
        try {
            int y = Integer.parseInt(s);
            if (y >= 1900 && y <= 9999) {
                return y;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw invalid("year");
    }

    private static String digest(String s) {
        if (!DIGEST.matcher(s).matches()) {
            throw invalid("scan digest");
        }
        return s;
    }

    /** A link to the verification page carrying the payload, e.g. {@code https://.../xac-minh?payload=BS2%7C...}. */
    private static Optional<String> fromLink(String link) {
        try {
            String query = URI.create(link.replace("|", "%7C")).getRawQuery();
            if (query == null) {
                return Optional.empty();
            }
            for (String pair : query.split("&")) {
                if (pair.startsWith("payload=")) {
                    String value = URLDecoder.decode(pair.substring("payload=".length()), StandardCharsets.UTF_8);
                    return value.startsWith("BS1|") || value.startsWith("BS2|") ? Optional.of(value) : Optional.empty();
                }
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ApiException invalid(String why) {
        return new ApiException(400, "INVALID_QR",
                "Mã QR không đúng định dạng của bản sao điện tử (" + why + ").",
                "Not a valid certified-copy QR payload (" + why + ").");
    }
}

package vn.bansao.portal.internal.endpoints;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.bansao.portal.internal.http.ApiException;

/**
 * The QR code printed on a certified copy, as sdk-core writes it:
 * {@code BS1|<agency code>|<number>|<year>|<scan digest>[|<portal URL>]}. The verification page may also be
 * opened with that payload as a parameter ({@code /xac-minh?payload=BS1|...}); both forms are accepted.
 */
record QrCode(String agencyCode, long number, int year, String scanDigest, Optional<String> portalUrl) {

    private static final Pattern AGENCY = Pattern.compile("[0-9A-Z.]{1,35}");
    private static final Pattern DIGEST = Pattern.compile("[A-Za-z0-9_-]{16,128}");
    private static final int MAX_LENGTH = 2048;

    static QrCode parse(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            throw invalid("empty or too long");
        }
        String payload = text.strip();
        if (!payload.startsWith("BS1|")) {
            payload = fromLink(payload).orElseThrow(() -> invalid("not a bansao QR code (BS1|...)"));
        }
        String[] fields = payload.split("\\|", 6);
        if (fields.length < 5) {
            throw invalid("expected BS1|agency|number|year|digest");
        }
        if (!AGENCY.matcher(fields[1]).matches()) {
            throw invalid("agency code");
        }
        long number;
        int year;
        try {
            number = Long.parseLong(fields[2]);
            year = Integer.parseInt(fields[3]);
        } catch (NumberFormatException e) {
            throw invalid("number or year");
        }
        if (number < 1 || year < 1900 || year > 9999) {
            throw invalid("number or year out of range");
        }
        if (!DIGEST.matcher(fields[4]).matches()) {
            throw invalid("scan digest");
        }
        return new QrCode(fields[1], number, year, fields[4],
                fields.length == 6 ? Optional.of(fields[5]) : Optional.empty());
    }

    /** A link to the verification page carrying the payload, e.g. {@code https://.../xac-minh?payload=BS1|...}. */
    private static Optional<String> fromLink(String link) {
        try {
            String query = URI.create(link.replace("|", "%7C")).getRawQuery();
            if (query == null) {
                return Optional.empty();
            }
            for (String pair : query.split("&")) {
                if (pair.startsWith("payload=")) {
                    String value = URLDecoder.decode(pair.substring("payload=".length()), StandardCharsets.UTF_8);
                    return value.startsWith("BS1|") ? Optional.of(value) : Optional.empty();
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

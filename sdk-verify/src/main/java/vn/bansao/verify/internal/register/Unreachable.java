package vn.bansao.verify.internal.register;

import java.io.IOException;

/**
 * Why a register service or a witness gave no usable answer (unreachable, too slow, too large, an HTTP error,
 * malformed), in Vietnamese and English: the check is then INDETERMINATE, never VALID.
 *
 * <pre>{@code
 * throw Unreachable.of(ioException, url);
 * }</pre>
 */
final class Unreachable extends IOException {

    private static final long serialVersionUID = 1L;

    private final String vi;

    Unreachable(String vi, String en, Throwable cause) {
        super(en, cause);
        this.vi = vi;
    }

    String vi() {
        return vi;
    }

    String en() {
        return getMessage();
    }

    /** Words an I/O failure of {@code url} without the JDK's phrasing where a kind is recognised. */
    static Unreachable of(IOException e, String url) {
        if (e instanceof Unreachable u) {
            return u;
        }
        String m = String.valueOf(e.getMessage());
        if (e instanceof vn.bansao.trust.HttpStatusException h) {
            return new Unreachable("máy chủ trả lời HTTP " + h.status() + " (" + url + ")", "HTTP " + h.status() + " from " + url, e);
        }
        if (m.contains("no complete answer within")) {
            return new Unreachable("không có câu trả lời trọn vẹn trong thời hạn (" + url + ")", m, e);
        }
        if (m.contains("larger than")) {
            return new Unreachable("câu trả lời vượt quá giới hạn kích thước (" + url + ")", m, e);
        }
        if (m.contains("allow-list")) {
            return new Unreachable("máy chủ không có trong danh bạ (" + url + ")", m, e);
        }
        return new Unreachable("không kết nối được " + url + " (" + e.getClass().getSimpleName() + ")",
                "cannot connect to " + url + " (" + e.getClass().getSimpleName() + ": " + m + ")", e);
    }

    static Unreachable malformed(String url, String why) {
        return new Unreachable("câu trả lời không đúng định dạng (" + url + "): " + why,
                "malformed answer from " + url + ": " + why, null);
    }
}

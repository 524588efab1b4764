package vn.bansao.core.internal.scan;

import java.io.IOException;
import java.util.List;
import vn.bansao.core.ScanRejectedException;
import vn.bansao.core.ScanRejectedException.Reason;
import vn.bansao.core.ScanSource;

/** PDF: not yet supported. */
final class PdfProbe {
    private PdfProbe() {
    }

    static boolean looksLikePdf(Input in) throws IOException {
        in.seek(0);
        byte[] b = in.bytes((int) Math.min(1024, in.length()));
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%PDF-");
    }

    static List<PagePlan> probe(ScanSource src, String sha) throws IOException {
        throw new ScanRejectedException(src.name(), 0, Reason.UNSUPPORTED_FORMAT, "PDF chưa hỗ trợ", "PDF not supported yet");
    }
}

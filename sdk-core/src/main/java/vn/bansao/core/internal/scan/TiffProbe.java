package vn.bansao.core.internal.scan;

import java.io.IOException;
import java.util.List;
import vn.bansao.core.ScanRejectedException;
import vn.bansao.core.ScanRejectedException.Reason;
import vn.bansao.core.ScanSource;

/** TIFF: not yet supported. */
final class TiffProbe {
    private TiffProbe() {
    }

    static List<PagePlan> probe(ScanSource src, Input in, String sha) throws IOException {
        throw new ScanRejectedException(src.name(), 0, Reason.UNSUPPORTED_FORMAT, "TIFF chưa hỗ trợ", "TIFF not supported yet");
    }
}

package vn.bansao.core.internal.scan;

import java.io.IOException;
import vn.bansao.core.ScanRejectedException;
import vn.bansao.core.ScanRejectedException.Reason;
import vn.bansao.core.ScanSource;

/** JPEG 2000: not yet supported. */
final class Jp2Probe {
    private Jp2Probe() {
    }

    static ImagePlan probe(ScanSource src, Input in, String sha) throws IOException {
        throw new ScanRejectedException(src.name(), 0, Reason.UNSUPPORTED_FORMAT, "JPEG 2000 chưa hỗ trợ", "JPEG 2000 not supported yet");
    }
}

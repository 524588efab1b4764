package vn.bansao.portal.internal.endpoints;

import java.util.Locale;
import vn.bansao.common.BansaoException;
import vn.bansao.core.CertifiedCopyException;
import vn.bansao.core.ScanRejectedException;
import vn.bansao.certification.CertificationRefusedException;
import vn.bansao.portal.internal.web.ApiException;
import vn.bansao.register.RegisterException;
import vn.bansao.signing.SigningException;

/**
 * Turns the SDK's typed exceptions into typed answers. The SDK's messages are written for users (they name
 * the file, the page, what is wrong, in both languages), so they are passed on; anything else stays a 500.
 */
final class SdkErrors {

    private SdkErrors() {
    }

    static RuntimeException toApi(RuntimeException e) {
        if (e instanceof ApiException api) {
            return api;
        }
        if (e instanceof CertificationRefusedException refused) {
            int status = switch (refused.refusal()) {
                case STATEMENT_MISMATCH -> 422;
                case ALREADY_CERTIFIED -> 409;
                case KEY_UNUSABLE, TSA_UNREACHABLE -> 503;
                case OUTPUT_NOT_WRITABLE -> 500;
            };
            return new ApiException(status, refused.code(), refused.messageVi(), refused.messageEn(), e);
        }
        if (e instanceof ScanRejectedException scan) {
            String where = scan.page() > 0 ? scan.input() + " (trang " + scan.page() + ")" : scan.input();
            String whereEn = scan.page() > 0 ? scan.input() + " (page " + scan.page() + ")" : scan.input();
            return new ApiException(422, "SCAN_REJECTED", where + ": " + scan.detailVi(), whereEn + ": " + scan.detailEn(), e);
        }
        if (e instanceof SigningException signing) {
            boolean unavailable = switch (signing.cause()) {
                case TSA_UNAVAILABLE, REVOCATION_UNAVAILABLE, KEY_UNAVAILABLE -> true;
                default -> false;
            };
            return new ApiException(unavailable ? 503 : 422, "SIGNING_" + signing.cause().name(),
                    signing.messageVi(), signing.messageEn(), e);
        }
        if (e instanceof RegisterException register) {
            return new ApiException(409, "REGISTER_REFUSED", register.message(BansaoException.VIETNAMESE),
                    register.message(Locale.ENGLISH), e);
        }
        if (e instanceof CertifiedCopyException copy) {
            return new ApiException(422, "COPY_REFUSED", copy.message(BansaoException.VIETNAMESE),
                    copy.message(Locale.ENGLISH), e);
        }
        return e;
    }
}

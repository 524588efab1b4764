package vn.bansao.verify.internal.engine;

import vn.bansao.verify.Finding;

/** The findings the engine emits, each with a stable code and Vietnamese and English text. */
final class Messages {
    private Messages() {
    }

    static Finding notPdf(String why) {
        return Finding.error("NOT_A_PDF", "Tệp không phải PDF đọc được (" + why + ")", "not a readable PDF (" + why + ")");
    }

    static Finding truncated() {
        return Finding.error("FILE_TRUNCATED", "Tệp không kết thúc bằng %%EOF: bị cắt cụt hoặc có dữ liệu gắn thêm ngoài các phiên bản",
                "the file does not end with %%EOF: truncated, or data appended outside any revision");
    }

    static Finding noSignature() {
        return Finding.error("NO_SIGNATURE", "Tệp không có chữ ký số", "the file carries no signature");
    }

    static Finding byteRange(String field, String why) {
        return Finding.error("BYTE_RANGE_INVALID", "Chữ ký " + field + ": vùng dữ liệu được ký (ByteRange) không hợp lệ: " + why,
                "signature " + field + ": invalid ByteRange: " + why);
    }

    static Finding revisionMismatch(String field) {
        return Finding.error("SIGNATURE_NOT_IN_SIGNED_REVISION",
                "Chữ ký " + field + " không thuộc phiên bản tài liệu mà nó ký (chữ ký bị sửa hoặc bị bọc)",
                "signature " + field + " is not part of the revision it signs (altered or wrapped signature)");
    }

    static Finding cms(String field, String why) {
        return Finding.error("SIGNATURE_BROKEN", "Chữ ký " + field + " không toàn vẹn: " + why,
                "signature " + field + " is not intact: " + why);
    }

    static Finding noSigningCertificate(String field, String why) {
        return Finding.uncertain("SIGNING_CERTIFICATE_NOT_IDENTIFIED",
                "Chữ ký " + field + ": không xác định được chứng thư số của người ký (" + why + ")",
                "signature " + field + ": signing certificate not identified (" + why + ")");
    }

    static Finding changes(String field, String details) {
        return Finding.error("CHANGE_OTHER", "Tài liệu bị sửa đổi sau khi ký " + field + " (thay đổi không được phép): " + details,
                "document modified after signature " + field + " (forbidden change): " + details);
    }

    static Finding docMdp(String field, int p, vn.bansao.verify.ChangeCategory category) {
        return Finding.error("DOCMDP_VIOLATION", "Thay đổi sau chữ ký chứng nhận " + field + " vượt quá quyền DocMDP P=" + p
                        + " (" + category.label(vn.bansao.verify.Language.VI) + ")",
                "changes after certification signature " + field + " exceed DocMDP P=" + p + " (" + category.label(vn.bansao.verify.Language.EN) + ")");
    }

    static Finding certificationNotFirst(String field) {
        return Finding.error("CERTIFICATION_NOT_FIRST", "Chữ ký chứng nhận " + field + " không phải chữ ký đầu tiên",
                "certification signature " + field + " is not the first signature");
    }

    static Finding untrusted(String field, String why) {
        return Finding.uncertain("CHAIN_NOT_TRUSTED", "Chữ ký " + field + ": chứng thư số không chuyển tiếp tới chứng thư gốc tin cậy (" + why + ")",
                "signature " + field + ": certificate chain not trusted (" + why + ")");
    }

    static Finding chainOutOfBounds(String field, String why) {
        return Finding.uncertain("CERTIFICATE_OUT_OF_VALIDITY", "Chữ ký " + field + ": chứng thư số hết hạn hoặc chưa có hiệu lực tại thời điểm ký, không có dấu thời gian chứng minh (" + why + ")",
                "signature " + field + ": certificate not valid at signing time and no proof of existence (" + why + ")");
    }

    static Finding revoked(String field, String when) {
        return Finding.error("CERTIFICATE_REVOKED", "Chữ ký " + field + ": chứng thư số đã bị thu hồi lúc " + when + ", trước thời điểm ký",
                "signature " + field + ": certificate revoked at " + when + ", before signing");
    }

    static Finding revokedNoPoe(String field, String when) {
        return Finding.uncertain("CERTIFICATE_REVOKED_NO_POE", "Chữ ký " + field + ": chứng thư số bị thu hồi lúc " + when + "; không có dấu thời gian chứng minh chữ ký có trước đó",
                "signature " + field + ": certificate revoked at " + when + " and no timestamp proves the signature existed before");
    }

    static Finding revocationUnknown(String field) {
        return Finding.uncertain("REVOCATION_UNKNOWN", "Chữ ký " + field + ": không kiểm tra được tình trạng thu hồi chứng thư số (không có OCSP/CRL kèm theo; truy cập mạng bị tắt)",
                "signature " + field + ": revocation status could not be checked (no embedded OCSP/CRL; network access is off)");
    }

    /** A rule of the trust engine (leaf, TSA or role rule): the code is the rule's, the text names the certificate. */
    static Finding trustProblem(String field, vn.bansao.trust.TrustProblem p) {
        String vi = "Chữ ký " + field + ": " + p.vi() + " [" + p.rule() + "]";
        String en = "signature " + field + ": " + p.en() + " [" + p.rule() + "]";
        return p.severity() == vn.bansao.trust.TrustProblem.Severity.FAILED ? Finding.error(p.rule(), vi, en)
                : Finding.uncertain(p.rule(), vi, en);
    }

    static Finding revocationStale(String field, String subject, String detail) {
        Finding f = revocationStaleUncertain(field, subject, detail);
        return f;
    }

    /** The same reason, shown only (no effect on the verdict). */
    static Finding revocationStaleInfo(String field, String subject, String detail) {
        Finding f = revocationStaleUncertain(field, subject, detail);
        return Finding.info(f.code(), f.vi(), f.en());
    }

    private static Finding revocationStaleUncertain(String field, String subject, String detail) {
        return Finding.uncertain("REVOCATION_NOT_FRESH", "Chữ ký " + field + ": dữ liệu thu hồi của chứng thư " + subject
                        + " không đủ mới so với thời điểm tồn tại được chứng minh của chữ ký (ETSI EN 319 102-1); cần kiểm tra lại sau (" + detail + ")",
                "signature " + field + ": the revocation data of certificate " + subject
                        + " is not fresh relative to the signature's best proof of existence (ETSI EN 319 102-1); try later (" + detail + ")");
    }

    static Finding statementDateBefore(String field, String date, String proven) {
        return Finding.info("STATEMENT_DATE_DIFFERS", "Cảnh báo: lời chứng ghi ngày " + date + " nhưng chữ ký " + field
                        + " được chứng minh tồn tại (dấu thời gian) vào ngày " + proven + "; bản sao được ký sau ngày chứng thực",
                "Warning: the statement is dated " + date + " but signature " + field + " is proven (time-stamp) on " + proven
                        + "; the copy was signed after its certification date");
    }

    static Finding statementDateAfter(String field, String date, String proven) {
        return Finding.uncertain("STATEMENT_DATE_AFTER_SIGNATURE", "Lời chứng ghi ngày " + date + " nhưng chữ ký " + field
                        + " đã tồn tại từ ngày " + proven + " (dấu thời gian): lời chứng ghi ngày sau khi ký",
                "the statement is dated " + date + " but signature " + field + " already existed on " + proven
                        + " (time-stamp): the statement is dated after it was signed");
    }

    static Finding algorithms(String field, String problems) {
        return Finding.uncertain("ALGORITHM_NOT_ALLOWED", "Chữ ký " + field + ": thuật toán không đáp ứng Thông tư 15/2025/TT-BKHCN: " + problems,
                "signature " + field + ": algorithms do not meet Circular 15/2025: " + problems);
    }

    static Finding timestampInvalid(String field, String why) {
        return Finding.uncertain("TIMESTAMP_INVALID", "Chữ ký " + field + ": dấu thời gian không hợp lệ: " + why,
                "signature " + field + ": invalid timestamp: " + why);
    }

    static Finding timestampUntrusted(String field) {
        return Finding.info("TIMESTAMP_UNTRUSTED", "Chữ ký " + field + ": đơn vị cấp dấu thời gian không thuộc chứng thư gốc tin cậy; dấu thời gian không được dùng làm bằng chứng",
                "signature " + field + ": the timestamp authority is not trusted; its time is not used as proof");
    }

    static Finding signerInfos(String field, int n) {
        return Finding.info("MULTIPLE_SIGNER_INFOS", "Chữ ký " + field + " chứa " + n + " SignerInfo; chỉ SignerInfo đầu tiên được kiểm tra",
                "signature " + field + " holds " + n + " SignerInfos; the first one is verified");
    }

    static Finding allowedChanges(String field, vn.bansao.verify.ChangeCategory category) {
        return Finding.info("CHANGES_ALLOWED", "Sau chữ ký " + field + " có thay đổi được phép: " + category.label(vn.bansao.verify.Language.VI),
                "allowed changes after signature " + field + ": " + category.label(vn.bansao.verify.Language.EN));
    }

    /** Issue 11 item 4: the structure after the first signature can be read in more than one way. */
    static Finding structureAmbiguous(String details) {
        return Finding.error("STRUCTURE_AMBIGUOUS",
                "Cấu trúc tệp sau chữ ký đầu tiên không rõ ràng: các trình đọc PDF khác nhau có thể hiển thị nội dung "
                        + "khác nhau, nên bản sao không được công nhận (" + details + ")",
                "the file's structure after the first signature is ambiguous: different PDF readers may show different "
                        + "content, so the copy cannot be accepted (" + details + ")");
    }

    /** No signature found, and the file's cross-reference data had to be rebuilt: what a viewer shows may differ. */
    static Finding structureBroken(String details) {
        return Finding.error("STRUCTURE_AMBIGUOUS",
                "Cấu trúc tệp không rõ ràng: bảng tham chiếu chéo bị hỏng và phải dựng lại, các trình đọc PDF khác nhau "
                        + "có thể thấy nội dung (và chữ ký) khác nhau (" + details + ")",
                "the file's structure is ambiguous: its cross-reference data is broken and must be rebuilt, so different "
                        + "PDF readers may see different content (and signatures) (" + details + ")");
    }

    /** A signed revision whose cross-reference data a reader must repair: signer and viewer may disagree. */
    static Finding signedStructureRepaired(String details) {
        return Finding.error("SIGNED_STRUCTURE_REPAIRED",
                "Cấu trúc của phiên bản đã ký bị hỏng và phải dựng lại: phần mềm của người ký và trình xem có thể "
                        + "đã thấy hai tài liệu khác nhau (" + details + ")",
                "the cross-reference data of a signed revision is broken and must be rebuilt: the signer's software "
                        + "and a viewer may have seen different documents (" + details + ")");
    }

    static Finding missingSignature(String role) {
        String vi = role.equals("officer") ? "người thực hiện chứng thực" : "cơ quan chứng thực";
        return Finding.error("MISSING_" + role.toUpperCase(java.util.Locale.ROOT) + "_SIGNATURE",
                "Bản sao chứng thực thiếu chữ ký của " + vi, "the certified copy lacks the " + role + "'s signature");
    }

    static Finding wrongOrder() {
        return Finding.error("SIGNATURE_ORDER", "Chữ ký của cơ quan phải được ký sau chữ ký của người thực hiện chứng thực",
                "the authority's signature must come after the officer's");
    }

    static Finding officerNotCertifying() {
        return Finding.error("OFFICER_NOT_CERTIFICATION", "Chữ ký của người thực hiện chứng thực không phải chữ ký chứng nhận (DocMDP)",
                "the officer's signature is not a certification (DocMDP) signature");
    }

    static Finding pageHash(int page) {
        return Finding.error("PAGE_HASH_MISMATCH", "Trang quét " + page + " không khớp mã băm trong danh mục của gói",
                "scanned page " + page + " does not match the package manifest hash");
    }

    static Finding factsChangedAfterSigning(String fact) {
        return Finding.error("FACTS_CHANGED_AFTER_SIGNING",
                "Dữ kiện chứng thực bị thay đổi sau khi ký (" + fact + " khác với phiên bản đã ký); báo cáo chỉ hiển thị dữ kiện đã ký",
                "certification facts changed after signing (" + fact + " differs from the signed revision); the report shows the signed facts only");
    }

    static Finding packageUnreadable(String why) {
        return Finding.error("PACKAGE_UNREADABLE", "Không đọc được siêu dữ liệu/danh mục của gói bản sao: " + why,
                "the copy's package metadata or manifest cannot be read: " + why);
    }

    static Finding inputUnreadable(String vi, String en) {
        // nothing is known about the copy: an input error, never a verdict on the document
        return Finding.uncertain("INPUT_UNREADABLE", "Không đọc được tệp đầu vào: " + vi, "the input cannot be read: " + en);
    }

    static Finding timeout(long seconds) {
        return Finding.uncertain("TIMEOUT", "Quá thời gian kiểm tra (" + seconds + " giây)", "verification timed out (" + seconds + " s)");
    }

    static Finding tooLarge(long max) {
        return Finding.error("TOO_LARGE", "Tệp lớn hơn giới hạn " + max + " byte", "file larger than the limit of " + max + " bytes");
    }

    static Finding internal(String why) {
        return Finding.uncertain("VERIFICATION_ERROR", "Không kiểm tra được tệp: " + why, "the file could not be verified: " + why);
    }
}

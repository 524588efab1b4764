package vn.bansao.portal.internal.endpoints;

import java.io.IOException;
import java.util.Optional;
import jakarta.servlet.http.HttpServletRequest;
import vn.bansao.portal.internal.web.ApiException;
import vn.bansao.portal.internal.web.Uploads;

/**
 * A PDF sent to the portal, either as the {@code file} field of a form ({@code curl -F file=@copy.pdf}) or as
 * the raw body ({@code curl --data-binary @copy.pdf -H 'Content-Type: application/pdf'}).
 */
record PdfUpload(String filename, byte[] bytes) {

    static PdfUpload from(HttpServletRequest request, long limit) throws IOException {
        String type = Uploads.mediaType(request);
        PdfUpload upload;
        if (type.equals("application/pdf")) {
            upload = new PdfUpload("upload.pdf", Uploads.body(request, limit));
        } else if (type.equals("multipart/form-data")) {
            Uploads.Form form = Uploads.form(request, limit);
            if (form.parts().size() > 8) {
                throw ApiException.badRequest("Quá nhiều trường trong biểu mẫu.", "Too many form fields.");
            }
            Uploads.FormPart part = form.first("file").orElseThrow(() -> ApiException.badRequest(
                    "Thiếu trường \"file\" chứa tệp PDF.", "Missing the \"file\" field with the PDF."));
            upload = new PdfUpload(safeName(part.filename()), part.content());
        } else {
            throw ApiException.unsupportedMediaType("multipart/form-data hoặc/or application/pdf");
        }
        if (!looksLikePdf(upload.bytes())) {
            throw new ApiException(422, "NOT_A_PDF",
                    "Tệp \"" + upload.filename() + "\" không phải là tệp PDF.",
                    "File \"" + upload.filename() + "\" is not a PDF.");
        }
        return upload;
    }

    /** PDF readers accept the header within the first 1024 bytes. */
    private static boolean looksLikePdf(byte[] bytes) {
        int end = Math.min(bytes.length - 5, 1024);
        for (int i = 0; i <= end; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    /** The file name as a label only: no path, no control characters, bounded length. */
    static String safeName(Optional<String> filename) {
        String name = filename.orElse("upload.pdf");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "_");
        if (name.isBlank()) {
            name = "upload.pdf";
        }
        return name.length() > 120 ? name.substring(0, 120) : name;
    }
}

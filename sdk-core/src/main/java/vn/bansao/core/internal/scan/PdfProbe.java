package vn.bansao.core.internal.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.bansao.common.LocalizedText;
import vn.bansao.core.ScanRejectedException;
import vn.bansao.core.ScanRejectedException.Reason;
import vn.bansao.core.ScanSource;
import vn.bansao.core.internal.CoreText;

/**
 * A scanned PDF: refused when encrypted, unreadable or too long; every page must be a scan, i.e. draw only
 * raster images with plain transformations ({@link ScanPageContent}), each image acceptable on its own
 * ({@link ScanImageCheck}). Nothing else of the file (document-level scripts, forms, attachments, metadata,
 * annotations, unused resources) is looked at, because nothing else is carried into the copy.
 */
final class PdfProbe {

    private static final int MAX_PAGES = 10_000;

    private PdfProbe() {
    }

    static boolean looksLikePdf(Input in) throws IOException {
        in.seek(0);
        byte[] b = in.bytes((int) Math.min(1024, in.length()));
        return new String(b, StandardCharsets.ISO_8859_1).contains("%PDF-");
    }

    static List<PagePlan> probe(ScanSource src, String sha) throws IOException {
        String name = src.name();
        PDDocument doc;
        try {
            doc = Loader.loadPDF(ScanAccess.open(src), "", null, null, IOUtils.createTempFileOnlyStreamCache());
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            throw new ScanRejectedException(name, 0, Reason.ENCRYPTED, LocalizedText.of(CoreText.ENCRYPTED_PDF), e);
        } catch (IOException | RuntimeException e) {
            throw new ScanRejectedException(name, 0, Reason.CORRUPT, LocalizedText.of(CoreText.NOT_VALID_PDF, e.getMessage()), e);
        }
        try (doc) {
            if (doc.isEncrypted()) {
                throw new ScanRejectedException(name, 0, Reason.ENCRYPTED, LocalizedText.of(CoreText.ENCRYPTED_PDF), null);
            }
            int n = doc.getNumberOfPages();
            if (n == 0) {
                throw new ScanRejectedException(name, 0, Reason.NO_PAGES, LocalizedText.of(CoreText.PDF_WITHOUT_PAGES), null);
            }
            if (n > MAX_PAGES) {
                throw new ScanRejectedException(name, 0, Reason.TOO_LARGE, LocalizedText.of(CoreText.TOO_MANY_PAGES), null);
            }
            List<PagePlan> plans = new ArrayList<>();
            // images shared by pages are checked once per document
            Set<COSStream> checked = new HashSet<>();
            for (int i = 0; i < n; i++) {
                ScanPageContent.read(name, i + 1, doc.getPage(i), checked);
                plans.add(new PdfPagePlan(src, "application/pdf", i + 1, sha));
            }
            return plans;
        } catch (ScanRejectedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ScanRejectedException(name, 0, Reason.CORRUPT, LocalizedText.of(CoreText.DAMAGED_PDF, e.getMessage()), e);
        }
    }
}

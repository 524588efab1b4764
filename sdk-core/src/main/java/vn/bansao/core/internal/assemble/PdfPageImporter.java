package vn.bansao.core.internal.assemble;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.bansao.core.internal.scan.PdfPagePlan;

/** Imports a page of a scanned PDF as it is (content and resources; annotations dropped). */
final class PdfPageImporter {

    private PdfPageImporter() {
    }

    static void importPage(PDDocument doc, PDDocument src, PdfPagePlan plan) throws IOException {
        var page = doc.importPage(src.getPage(plan.sourcePage() - 1));
        page.setAnnotations(null);
    }
}

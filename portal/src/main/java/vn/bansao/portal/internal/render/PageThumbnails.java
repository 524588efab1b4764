package vn.bansao.portal.internal.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Small PNG previews of a copy's first pages for the verification page, rendered server-side so the browser
 * needs no PDF viewer. Bounded against hostile files: number of pages, resolution, the pixel size of a page
 * (a page box of kilometres would otherwise ask for gigapixels), memory for the file (64 MiB) and time (no
 * page is started after 10 s).
 *
 * <pre>{@code
 * List<Thumbnail> pages = new PageThumbnails(4, 40f).render(pdfBytes);
 * }</pre>
 */
public final class PageThumbnails {

    /** One rendered page: its 1-based number and a {@code data:image/png;base64,...} URI. */
    public record Thumbnail(int page, int width, int height, String dataUri) {
    }

    private static final int MAX_EDGE_PIXELS = 1200;
    /** No new page is started after this long: a preview is never worth holding a worker. */
    private static final long BUDGET_NANOS = 10_000_000_000L;

    private final int maxPages;
    private final float dpi;

    public PageThumbnails(int maxPages, float dpi) {
        this.maxPages = maxPages;
        this.dpi = dpi;
    }

    /** Renders up to {@code maxPages} pages; returns an empty list for a file PDFBox cannot open. */
    public List<Thumbnail> render(byte[] pdf) {
        List<Thumbnail> result = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(64L << 20).streamCache)) {
            PDFRenderer renderer = new PDFRenderer(document);
            renderer.setSubsamplingAllowed(true);
            int pages = Math.min(maxPages, document.getNumberOfPages());
            long deadline = System.nanoTime() + BUDGET_NANOS;
            for (int index = 0; index < pages && System.nanoTime() < deadline; index++) {
                PDRectangle box = document.getPage(index).getCropBox();
                float longest = Math.max(box.getWidth(), box.getHeight());
                float scale = Math.min(dpi / 72f, MAX_EDGE_PIXELS / Math.max(1f, longest));
                BufferedImage image = renderer.renderImage(index, scale, ImageType.RGB);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                result.add(new Thumbnail(index + 1, image.getWidth(), image.getHeight(),
                        "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray())));
            }
        } catch (IOException | RuntimeException e) {
            // a preview is a convenience: the verdict comes from the verifier, not from rendering
            return List.of();
        }
        return result;
    }
}

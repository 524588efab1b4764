package vn.bansao.core.internal.assemble;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import vn.bansao.core.CertifiedCopySpec;
import vn.bansao.core.PdfALevel;
import vn.bansao.core.ScanSource;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.FactsJson;
import vn.bansao.core.facts.StatementTemplate;
import vn.bansao.core.internal.embed.ColourSpaces;
import vn.bansao.core.internal.embed.EmbeddedImage;
import vn.bansao.core.internal.embed.ImageEmbedder;
import vn.bansao.core.internal.page.CertificationPage;
import vn.bansao.core.internal.page.QrPayload;
import vn.bansao.core.internal.pdfa.BansaoXmp;
import vn.bansao.core.internal.pdfa.ManifestJson;
import vn.bansao.core.internal.pdfa.PdfAParts;
import vn.bansao.core.internal.scan.ImagePlan;
import vn.bansao.core.internal.scan.PagePlan;
import vn.bansao.core.internal.scan.PdfPagePlan;
import vn.bansao.core.internal.scan.ScanAccess;
import vn.bansao.core.manifest.Manifest;
import vn.bansao.core.manifest.ManifestPage;
import vn.bansao.core.manifest.PageEncoding;

/**
 * Writes the package: scanned pages in order, the certification page last, then XMP, output intent,
 * {@code manifest.json}, fixed /ID. The document is backed by temporary files, not memory.
 */
public final class PackageAssembler {

    /** Resource name of the scanned image on its page; the reader looks it up by this name. */
    public static final COSName SCAN_XOBJECT = COSName.getPDFName("BsScan");
    private static final long MEMORY_BYTES = 16L << 20;

    private PackageAssembler() {
    }

    public static void assemble(CertifiedCopySpec spec, CertificationFacts facts, StatementTemplate template,
                                List<PagePlan> plans, OutputStream out) throws IOException {
        Instant now = spec.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        // small packages stay in memory; beyond 16 MB the document spills to temporary files
        RandomAccessStreamCache.StreamCacheCreateFunction cache = spec.tempDir()
                .map(d -> MemoryUsageSetting.setupMixed(MEMORY_BYTES).setTempDir(d.toFile()).streamCache)
                .orElse(MemoryUsageSetting.setupMixed(MEMORY_BYTES).streamCache);
        Map<ScanSource, PDDocument> openPdfs = new HashMap<>();
        Map<ScanSource, Map<org.apache.pdfbox.cos.COSStream, PdfPageRebuilder.Copy>> copiedImages = new HashMap<>();
        Map<ScanSource, org.apache.pdfbox.io.RandomAccessRead> openInputs = new HashMap<>();
        try (PDDocument doc = new PDDocument(cache)) {
            doc.setVersion(1.7f);
            ColourSpaces spaces = new ColourSpaces(doc);
            List<ManifestPage> pages = new ArrayList<>();
            int n = 0;
            for (PagePlan plan : plans) {
                n++;
                if (plan instanceof ImagePlan ip) {
                    EmbeddedImage img = ImageEmbedder.embed(doc, spaces, ip, openInputs);
                    doc.addPage(imagePage(doc, ip, img));
                    pages.add(new ManifestPage(n, ip.source().name(), ip.mediaType(), ip.sourceSha256(),
                            ip.sourcePage(), ip.width(), ip.height(), ip.dpi().x(), ip.dpi().y(), ip.dpi().defaulted(),
                            ip.orientation().rotation(), ip.orientation().mirrored(), ip.encoding(),
                            ip.encoding().isPassThrough(), img.streamSha256()));
                } else if (plan instanceof PdfPagePlan pp) {
                    PDDocument src = openPdfs.get(pp.source());
                    if (src == null) {
                        src = Loader.loadPDF(ScanAccess.open(pp.source()), "", null, null, cache);
                        openPdfs.put(pp.source(), src);
                    }
                    PdfPageRebuilder.Rebuilt r = PdfPageRebuilder.rebuild(doc, spaces, src, pp,
                            copiedImages.computeIfAbsent(pp.source(), k -> new HashMap<>()));
                    pages.add(new ManifestPage(n, pp.source().name(), pp.mediaType(), pp.sourceSha256(),
                            pp.sourcePage(), r.widthPx(), r.heightPx(), 0, 0, false, 0, false,
                            PageEncoding.PDF_PAGE_IMPORTED, false, r.streamSha256()));
                }
            }
            String scanDigest = Manifest.scanDigestOf(pages);
            UUID uuid = spec.documentId().orElseGet(() -> UUID.nameUUIDFromBytes(
                    (scanDigest + "\n" + FactsJson.write(facts)).getBytes(StandardCharsets.UTF_8)));
            String portal = spec.portalUrl().or(facts::portalUrl).orElse("");
            CertificationPage.draw(doc, template.render(facts), QrPayload.of(facts, scanDigest, portal));

            String title = title(facts);
            Manifest manifest = new Manifest(Manifest.FORMAT, uuid.toString(), scanDigest, pages);
            PdfAParts.info(doc, title, now);
            // scanned pages carry no text (PDF pages are rebuilt from their images): the requested level holds
            PdfALevel level = spec.pdfaLevel();
            PdfAParts.metadata(doc, BansaoXmp.write(facts, scanDigest, title, now, uuid.toString(), level));
            PdfAParts.outputIntent(doc);
            PdfAParts.manifest(doc, ManifestJson.write(manifest), now);
            doc.getDocumentCatalog().setLanguage("vi");
            ByteBuffer bb = ByteBuffer.allocate(16);
            bb.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            PdfAParts.documentId(doc, bb.array());
            // classic xref table, no object streams: every checker (qpdf --check, pdfsig, DSS) reads it plainly,
            // and incremental signatures append to it simply
            doc.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
        } finally {
            for (PDDocument d : openPdfs.values()) {
                d.close();
            }
            for (org.apache.pdfbox.io.RandomAccessRead r : openInputs.values()) {
                r.close();
            }
        }
    }

    static String title(CertificationFacts f) {
        return "Bản sao chứng thực số " + f.number() + " quyển " + f.book() + ": " + f.documentTitle();
    }

    /** A page sized from the DPI, rotated by /Rotate, the image drawn (mirrored when needed) over it. */
    private static PDPage imagePage(PDDocument doc, ImagePlan ip, EmbeddedImage img) throws IOException {
        double pw = ip.width() * 72.0 / ip.dpi().x();
        double ph = ip.height() * 72.0 / ip.dpi().y();
        // PDF/A keeps page sides within 3..14400 units: huge pages use /UserUnit, tiny ones are enlarged
        double userUnit = Math.ceil(Math.max(pw, ph) / 14400);
        float w = (float) Math.max(3, pw / userUnit);
        float h = (float) Math.max(3, ph / userUnit);
        PDPage page = new PDPage(new PDRectangle(w, h));
        if (userUnit > 1) {
            page.setUserUnit((float) userUnit);
        }
        PDResources res = new PDResources();
        res.getCOSObject().setItem(COSName.XOBJECT, new org.apache.pdfbox.cos.COSDictionary());
        res.getCOSObject().getCOSDictionary(COSName.XOBJECT).setItem(SCAN_XOBJECT, img.xobject());
        page.setResources(res);
        if (ip.orientation().rotation() != 0) {
            page.setRotation(ip.orientation().rotation());
        }
        String cm = ip.orientation().mirrored()
                ? String.format(Locale.ROOT, "%.4f 0 0 %.4f %.4f 0 cm", -w, h, w)
                : String.format(Locale.ROOT, "%.4f 0 0 %.4f 0 0 cm", w, h);
        PDStream content = new PDStream(doc);
        try (OutputStream os = content.createOutputStream(COSName.FLATE_DECODE)) {
            os.write(("q " + cm + " /BsScan Do Q\n").getBytes(StandardCharsets.US_ASCII));
        }
        page.setContents(content);
        return page;
    }
}

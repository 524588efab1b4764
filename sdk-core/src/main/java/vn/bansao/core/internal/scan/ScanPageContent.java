package vn.bansao.core.internal.scan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import vn.bansao.common.LocalizedText;
import vn.bansao.core.ScanRejectedException;
import vn.bansao.core.ScanRejectedException.Reason;
import vn.bansao.core.internal.CoreText;

/**
 * What a scanned PDF page really draws: its content stream read operator by operator, accepted only when it
 * draws raster images with plain transformations. The result is the list of image draws (image, matrix) from
 * which the page is rebuilt; everything else is either dropped because no viewer shows it (unused resources,
 * marked-content tags, clips that cut nothing, colour and line settings that no image uses) or refused, with
 * the file and page named, because dropping it would change what the officer saw or because it can hide
 * content (text of any kind, paths that paint, shadings, inline images, form XObjects, optional content,
 * transparency, clips that cut an image, images drawn invisibly small, off the page or largely beyond it, or over
 * each other).
 *
 * <p>Work is bounded: content size, operator count, nesting of {@code q} and marked content, draws per page.
 *
 * <pre>{@code
 * ScanPageContent c = ScanPageContent.read("scan.pdf", 1, page, new HashSet<>()); // ScanRejectedException if not a scan
 * for (ScanPageContent.Draw d : c.draws()) { rebuild(d.image(), d.matrix()); }
 * }</pre>
 */
public final class ScanPageContent {

    static final int MAX_CONTENT_BYTES = 1 << 20;
    static final int MAX_OPERATORS = 20_000;
    static final int MAX_NESTING = 32;
    static final int MAX_DRAWS = 256;
    /** Points: what a viewer at 100 % cannot show (a drawn side, an overlap, a clip's cut). */
    static final double TOLERANCE = 1.0;
    /** Fraction of an image's size that may lie beyond the page on one side (the corners of a skewed scan). */
    static final double MAX_OUTSIDE = 0.10;

    private static final Set<String> TEXT = Set.of("BT", "ET", "Tc", "Tw", "Tz", "TL", "Tf", "Tr", "Ts", "Td", "TD",
            "Tm", "T*", "Tj", "TJ", "'", "\"", "d0", "d1");
    private static final Set<String> PAINT = Set.of("S", "s", "f", "F", "f*", "B", "B*", "b", "b*");
    private static final Set<String> PATH = Set.of("m", "l", "c", "v", "y", "h");
    /** Settings no image uses (images paint their own samples; line and colour apply to paths and text). */
    private static final Set<String> HARMLESS = Set.of("w", "J", "j", "M", "d", "ri", "i", "g", "G", "rg", "RG", "k",
            "K", "cs", "CS", "sc", "SC", "scn", "SCN", "BX", "EX", "MP", "DP");

    /** One image drawn by the page: the stream (as in the source document) and the CTM when drawn. */
    public record Draw(String name, COSStream image, Affine matrix) {
    }

    private final List<Draw> draws;

    private ScanPageContent(List<Draw> draws) {
        this.draws = List.copyOf(draws);
    }

    /** The images drawn, in drawing order (an image drawn twice appears twice). */
    public List<Draw> draws() {
        return draws;
    }

    /**
     * Reads the page's content; images already checked (shared by several pages) are in {@code checked}.
     *
     * @throws ScanRejectedException naming {@code input} and {@code pageNumber} when the page is not a scan
     */
    public static ScanPageContent read(String input, int pageNumber, PDPage page, Set<COSStream> checked) {
        return new Reader(input, pageNumber, page, checked).read();
    }

    /** A rectangle clip {@code re W n}: the rectangle and the CTM it was set under. */
    private record Clip(Affine ctm, double x, double y, double w, double h) {
    }

    private static final class State {
        Affine ctm;
        List<Clip> clips;

        State(Affine ctm, List<Clip> clips) {
            this.ctm = ctm;
            this.clips = clips;
        }

        State copy() {
            return new State(ctm, new ArrayList<>(clips));
        }
    }

    private static final class Reader {
        private final String input;
        private final int pageNo;
        private final PDPage page;
        private final Set<COSStream> checked;
        private final COSDictionary resources;
        private final PDRectangle crop;
        private final List<Draw> draws = new ArrayList<>();
        private final List<double[]> drawnBounds = new ArrayList<>();
        private final Deque<State> stack = new ArrayDeque<>();
        private State gs = new State(Affine.IDENTITY, new ArrayList<>());
        private int markedDepth;
        /** Path under construction: rectangles only ({@code re}), or "other" once m/l/c/v/y/h was used. */
        private final List<double[]> pathRects = new ArrayList<>();
        private boolean pathOther;
        private boolean clipPending;

        Reader(String input, int pageNo, PDPage page, Set<COSStream> checked) {
            this.input = input;
            this.pageNo = pageNo;
            this.page = page;
            this.checked = checked;
            this.resources = page.getResources() == null ? new COSDictionary() : page.getResources().getCOSObject();
            this.crop = page.getCropBox();
        }

        ScanPageContent read() {
            byte[] content = content();
            List<COSBase> operands = new ArrayList<>();
            int operators = 0;
            try {
                PDFStreamParser parser = new PDFStreamParser(content);
                for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                    if (token instanceof Operator op) {
                        if (++operators > MAX_OPERATORS) {
                            throw new ScanRejectedException(input, pageNo, Reason.TOO_LARGE, LocalizedText.of(CoreText.TOO_MANY_OPERATORS, MAX_OPERATORS), null);
                        }
                        operator(op, operands);
                        operands.clear();
                    } else if (token instanceof COSBase b) {
                        if (operands.size() > 64) {
                            throw corrupt("quá nhiều toán hạng", "too many operands");
                        }
                        operands.add(b);
                    }
                }
            } catch (IOException e) {
                throw corrupt("nội dung trang không đọc được", "unreadable page content: " + e.getMessage());
            }
            if (markedDepth != 0) {
                throw corrupt("nội dung đánh dấu (BMC/BDC) không đóng", "unclosed marked content (BMC/BDC)");
            }
            if (draws.isEmpty()) {
                throw notAScan("trang không vẽ ảnh quét nào", "the page draws no scanned image");
            }
            return new ScanPageContent(draws);
        }

        /** The page's content streams, decoded and concatenated, at most {@link #MAX_CONTENT_BYTES}. */
        private byte[] content() {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            try {
                Iterator<PDStream> it = page.getContentStreams();
                while (it.hasNext()) {
                    try (InputStream in = it.next().createInputStream()) {
                        byte[] b = in.readNBytes(MAX_CONTENT_BYTES + 1 - all.size());
                        all.writeBytes(b);
                        all.write('\n');
                    }
                    if (all.size() > MAX_CONTENT_BYTES) {
                        throw new ScanRejectedException(input, pageNo, Reason.TOO_LARGE, LocalizedText.of(CoreText.CONTENT_TOO_LARGE, (MAX_CONTENT_BYTES >> 10)), null);
                    }
                }
            } catch (IOException e) {
                throw corrupt("nội dung trang không giải nén được", "page content cannot be decoded: " + e.getMessage());
            }
            return all.toByteArray();
        }

        private void operator(Operator op, List<COSBase> args) {
            String name = op.getName();
            if (TEXT.contains(name)) {
                throw notAScan("có chữ (" + name + "); không chấp nhận chữ nào, kể cả chữ ẩn, chữ trắng hay chữ bị ảnh che",
                        "contains text (" + name + "); no text is accepted, not even invisible, white or covered text");
            }
            if (PAINT.contains(name)) {
                throw notAScan("có nét vẽ hoặc hình tô (" + name + ")", "paints vector graphics (" + name + ")");
            }
            switch (name) {
                case "q" -> {
                    if (stack.size() >= MAX_NESTING) {
                        throw new ScanRejectedException(input, pageNo, Reason.TOO_LARGE, LocalizedText.of(CoreText.Q_NESTED_DEEPER_THAN, MAX_NESTING), null);
                    }
                    stack.push(gs.copy());
                }
                case "Q" -> {
                    if (stack.isEmpty()) {
                        // viewers disagree on what an unmatched Q restores: refuse rather than guess
                        throw corrupt("Q không có q tương ứng", "Q without a matching q");
                    }
                    gs = stack.pop();
                }
                case "cm" -> gs.ctm = matrix(args).then(gs.ctm);
                case "gs" -> extGState(args);
                case "re" -> {
                    double[] r = numbers(args, 4, "re");
                    pathRects.add(r);
                }
                case "W", "W*" -> clipPending = true;
                case "n" -> endPath();
                case "BMC" -> beginMarked(args, null);
                case "BDC" -> beginMarked(args, args.size() > 1 ? args.get(1) : null);
                case "EMC" -> {
                    if (markedDepth == 0) {
                        throw corrupt("EMC không có BMC/BDC", "EMC without BMC/BDC");
                    }
                    markedDepth--;
                }
                case "sh" -> throw notAScan("có tô chuyển màu (sh)", "paints a shading (sh)");
                case "BI", "ID", "EI" -> throw notAScan("có ảnh nội tuyến (BI/ID/EI)", "has an inline image (BI/ID/EI)");
                case "Do" -> xobject(args);
                default -> {
                    if (PATH.contains(name)) {
                        pathOther = true;
                    } else if (HARMLESS.contains(name)) {
                        if ("DP".equals(name) && args.size() > 1) {
                            optionalContent(args.get(1), "DP");
                        }
                    } else {
                        throw notAScan("có lệnh vẽ không được chấp nhận: " + name, "has an operator not accepted: " + name);
                    }
                }
            }
        }

        private void endPath() {
            if (clipPending) {
                if (pathOther || pathRects.size() != 1) {
                    throw notAScan("có vùng cắt (clip) không phải một hình chữ nhật",
                            "clips with a path that is not a single rectangle");
                }
                double[] r = pathRects.get(0);
                gs.clips.add(new Clip(gs.ctm, r[0], r[1], r[2], r[3]));
            }
            pathRects.clear();
            pathOther = false;
            clipPending = false;
        }

        private void beginMarked(List<COSBase> args, COSBase props) {
            if (args.isEmpty() || !(args.get(0) instanceof COSName tag)) {
                throw corrupt("BMC/BDC thiếu thẻ", "BMC/BDC without a tag");
            }
            if (COSName.OC.equals(tag)) {
                throw optionalContentRefusal();
            }
            if (props != null) {
                optionalContent(props, tag.getName());
            }
            if (++markedDepth > MAX_NESTING) {
                throw new ScanRejectedException(input, pageNo, Reason.TOO_LARGE, LocalizedText.of(CoreText.MARKED_CONTENT_NESTED_DEEPER, MAX_NESTING), null);
            }
        }

        /** Marked content whose properties are an optional content group or membership dictionary. */
        private void optionalContent(COSBase props, String tag) {
            COSBase p = props;
            if (p instanceof COSName n) {
                COSDictionary all = resources.getCOSDictionary(COSName.PROPERTIES);
                p = all == null ? null : all.getDictionaryObject(n);
            }
            if (p instanceof COSDictionary d) {
                COSName type = d.getCOSName(COSName.TYPE);
                if (COSName.OCG.equals(type) || COSName.getPDFName("OCMD").equals(type) || d.containsKey(COSName.OC)) {
                    throw optionalContentRefusal();
                }
            }
        }

        private ScanRejectedException optionalContentRefusal() {
            return notAScan("có nội dung tùy chọn (/OC, lớp OCG): hiện hay ẩn tùy trình xem",
                    "has optional content (/OC, OCG layers): shown or hidden depending on the viewer");
        }

        private void extGState(List<COSBase> args) {
            if (args.isEmpty() || !(args.get(0) instanceof COSName n)) {
                throw corrupt("gs thiếu tên", "gs without a name");
            }
            COSDictionary all = resources.getCOSDictionary(COSName.EXT_G_STATE);
            if (all == null || !(all.getDictionaryObject(n) instanceof COSDictionary d)) {
                throw corrupt("không có ExtGState /" + n.getName(), "no ExtGState /" + n.getName());
            }
            Optional<String> why = PlainExtGState.whyNotPlain(d);
            if (why.isPresent()) {
                throw notAScan("trạng thái đồ họa /" + n.getName() + " thay đổi cách hiển thị (" + why.get() + ")",
                        "graphics state /" + n.getName() + " changes what is shown (" + why.get() + ")");
            }
        }

        private void xobject(List<COSBase> args) {
            if (args.isEmpty() || !(args.get(0) instanceof COSName n)) {
                throw corrupt("Do thiếu tên", "Do without a name");
            }
            COSDictionary all = resources.getCOSDictionary(COSName.XOBJECT);
            if (all == null || !(all.getDictionaryObject(n) instanceof COSStream s)) {
                throw corrupt("không có XObject /" + n.getName(), "no XObject /" + n.getName());
            }
            COSName subtype = s.getCOSName(COSName.SUBTYPE);
            if (COSName.FORM.equals(subtype)) {
                throw notAScan("vẽ form XObject /" + n.getName() + " (có thể chứa chữ, hình hay ảnh ẩn)",
                        "draws form XObject /" + n.getName() + " (may hold text, graphics or hidden images)");
            }
            if (!COSName.IMAGE.equals(subtype)) {
                throw notAScan("vẽ XObject /" + n.getName() + " không phải ảnh", "draws XObject /" + n.getName()
                        + " that is not an image");
            }
            if (draws.size() >= MAX_DRAWS) {
                throw new ScanRejectedException(input, pageNo, Reason.TOO_LARGE, LocalizedText.of(CoreText.TOO_MANY_IMAGE_DRAWS, MAX_DRAWS), null);
            }
            if (checked.add(s)) {
                ScanImageCheck.check(input, pageNo, n.getName(), s);
            }
            Affine m = gs.ctm;
            if (!m.isFinite() || m.sideX() < TOLERANCE || m.sideY() < TOLERANCE) {
                throw notAScan("ảnh /" + n.getName() + " được vẽ quá nhỏ để nhìn thấy",
                        "image /" + n.getName() + " is drawn too small to be seen");
            }
            double[] full = m.unitSquareBounds();
            double[] b = visible(full);
            if (b[2] - b[0] < TOLERANCE || b[3] - b[1] < TOLERANCE) {
                throw notAScan("ảnh /" + n.getName() + " nằm ngoài vùng hiển thị của trang",
                        "image /" + n.getName() + " is drawn outside the visible page");
            }
            if (hiddenBeyondPage(full, b)) {
                throw notAScan("một phần lớn ảnh /" + n.getName() + " nằm ngoài vùng hiển thị của trang (bị ẩn)",
                        "a large part of image /" + n.getName() + " lies outside the visible page (hidden)");
            }
            for (Clip c : gs.clips) {
                if (!clipKeeps(c, m, b)) {
                    throw notAScan("vùng cắt (clip) che một phần ảnh /" + n.getName(),
                            "a clip hides part of image /" + n.getName());
                }
            }
            for (double[] other : drawnBounds) {
                if (Math.min(b[2], other[2]) - Math.max(b[0], other[0]) > TOLERANCE
                        && Math.min(b[3], other[3]) - Math.max(b[1], other[1]) > TOLERANCE) {
                    throw notAScan("ảnh /" + n.getName() + " chồng lên ảnh khác (ảnh dưới bị che)",
                            "image /" + n.getName() + " overlaps another image (the one below is hidden)");
                }
            }
            drawnBounds.add(b);
            draws.add(new Draw(n.getName(), s, m));
        }

        /**
         * Whether the image reaches beyond the crop box by more than {@link #MAX_OUTSIDE} of its size on some side:
         * a skewed scan's corners may stick out a little, a picture with half of it off the page hides that half.
         */
        private static boolean hiddenBeyondPage(double[] full, double[] visible) {
            double w = full[2] - full[0];
            double h = full[3] - full[1];
            return visible[0] - full[0] > Math.max(TOLERANCE, MAX_OUTSIDE * w)
                    || full[2] - visible[2] > Math.max(TOLERANCE, MAX_OUTSIDE * w)
                    || visible[1] - full[1] > Math.max(TOLERANCE, MAX_OUTSIDE * h)
                    || full[3] - visible[3] > Math.max(TOLERANCE, MAX_OUTSIDE * h);
        }

        /** Bounds intersected with the crop box: the part a viewer shows. */
        private double[] visible(double[] b) {
            return new double[] {Math.max(b[0], crop.getLowerLeftX()), Math.max(b[1], crop.getLowerLeftY()),
                Math.min(b[2], crop.getUpperRightX()), Math.min(b[3], crop.getUpperRightY())};
        }

        /**
         * Whether the clip leaves the image's visible part whole (within the tolerance): then dropping the
         * clip changes nothing. An axis-aligned clip is compared with the visible bounds, a rotated one with
         * the image's corners.
         */
        private boolean clipKeeps(Clip c, Affine image, double[] visible) {
            if (Math.abs(c.ctm().determinant()) < 1e-12) {
                return false;
            }
            Affine inv = c.ctm().inverse();
            double rx0 = Math.min(c.x(), c.x() + c.w());
            double rx1 = Math.max(c.x(), c.x() + c.w());
            double ry0 = Math.min(c.y(), c.y() + c.h());
            double ry1 = Math.max(c.y(), c.y() + c.h());
            // the tolerance in clip space: one point of page space in the clip's own units
            double tol = TOLERANCE / Math.max(Math.min(c.ctm().sideX(), c.ctm().sideY()), 1e-9);
            double[][] corners;
            if (Math.abs(c.ctm().b()) < 1e-9 && Math.abs(c.ctm().c()) < 1e-9) {
                corners = new double[][] {{visible[0], visible[1]}, {visible[2], visible[1]},
                    {visible[0], visible[3]}, {visible[2], visible[3]}};
            } else {
                corners = new double[][] {image.apply(0, 0), image.apply(1, 0), image.apply(0, 1), image.apply(1, 1)};
            }
            for (double[] p : corners) {
                double[] q = inv.apply(p[0], p[1]);
                if (q[0] < rx0 - tol || q[0] > rx1 + tol || q[1] < ry0 - tol || q[1] > ry1 + tol) {
                    return false;
                }
            }
            return true;
        }

        private Affine matrix(List<COSBase> args) {
            double[] v = numbers(args, 6, "cm");
            Affine m = new Affine(v[0], v[1], v[2], v[3], v[4], v[5]);
            if (!m.isFinite()) {
                throw corrupt("ma trận cm không hợp lệ", "invalid cm matrix");
            }
            return m;
        }

        private double[] numbers(List<COSBase> args, int n, String op) {
            if (args.size() != n) {
                throw corrupt(op + " cần " + n + " số", op + " needs " + n + " numbers");
            }
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                if (!(args.get(i) instanceof COSNumber num)) {
                    throw corrupt(op + " cần " + n + " số", op + " needs " + n + " numbers");
                }
                v[i] = num.floatValue();
            }
            return v;
        }

        private ScanRejectedException notAScan(String vi, String en) {
            return ScanImageCheck.notAScan(input, pageNo, vi, en);
        }

        private ScanRejectedException corrupt(String vi, String en) {
            return new ScanRejectedException(input, pageNo, Reason.CORRUPT, vi, en);
        }
    }
}

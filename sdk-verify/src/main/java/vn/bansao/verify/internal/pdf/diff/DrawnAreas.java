package vn.bansao.verify.internal.pdf.diff;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Where a page's content stream paints, in default user space: the bounding box of every image, glyph,
 * filled or stroked path, one rectangle each (form XObjects followed). Over-approximates on purpose: clipping
 * is ignored, a glyph counts from 0.3 em below its baseline to 1 em above, strokes are widened by the line
 * width, a shading fill counts as the whole page. Bounded: at most {@value #MAX_OPERATORS} operators and
 * {@value #MAX_FORM_DEPTH} nested forms, beyond which {@link TooComplex} is thrown (the caller treats the page
 * as having no free area: fail closed).
 *
 * <pre>{@code
 * List<Rectangle2D> painted = DrawnAreas.of(page);
 * }</pre>
 */
final class DrawnAreas extends PDFGraphicsStreamEngine {

    static final int MAX_OPERATORS = 200_000;
    static final int MAX_FORM_DEPTH = 16;
    private static final int MAX_AREAS = 100_000;

    /** The page's content is too large or too deep to be measured within the bounds. */
    static final class TooComplex extends IOException {
        TooComplex(String why) {
            super(why);
        }
    }

    private final List<Rectangle2D> areas = new ArrayList<>();
    private final Rectangle2D pageBox;
    private Rectangle2D path;
    private Point2D current = new Point2D.Float();
    private int operators;
    private int formDepth;

    private DrawnAreas(PDPage page) {
        super(page);
        PDRectangle box = page.getMediaBox();
        this.pageBox = new Rectangle2D.Float(box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(), box.getHeight());
    }

    /** The painted areas of the page's content stream. */
    static List<Rectangle2D> of(PDPage page) throws IOException {
        DrawnAreas d = new DrawnAreas(page);
        d.processPage(page);
        return d.areas;
    }

    private void paint(Rectangle2D r) throws TooComplex {
        if (r == null) {
            return;
        }
        if (areas.size() >= MAX_AREAS) {
            throw new TooComplex("more than " + MAX_AREAS + " painted areas");
        }
        areas.add(r);
    }

    private void extend(double x, double y) {
        if (path == null) {
            path = new Rectangle2D.Double(x, y, 0, 0);
        } else {
            path.add(x, y);
        }
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators > MAX_OPERATORS) {
            throw new TooComplex("more than " + MAX_OPERATORS + " content operators");
        }
        super.processOperator(operator, operands);
    }

    @Override
    protected void operatorException(Operator operator, List<COSBase> operands, IOException e) throws IOException {
        if (e instanceof TooComplex) {
            throw e;
        }
        // a broken operator cannot be measured: treat the whole page as drawn (fail closed)
        paint(pageBox);
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        if (++formDepth > MAX_FORM_DEPTH) {
            throw new TooComplex("form XObjects nested deeper than " + MAX_FORM_DEPTH);
        }
        try {
            super.showForm(form);
        } finally {
            formDepth--;
        }
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        float w = Math.max(Math.abs(displacement.getX()), 0.3f);
        Rectangle2D box = null;
        for (float[] c : new float[][] {{0, -0.3f}, {w, -0.3f}, {0, 1}, {w, 1}}) {
            Point2D.Float p = trm.transformPoint(c[0], c[1]);
            if (box == null) {
                box = new Rectangle2D.Double(p.x, p.y, 0, 0);
            } else {
                box.add(p);
            }
        }
        paint(box);
        super.showGlyph(trm, font, code, displacement);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        for (Point2D p : new Point2D[] {p0, p1, p2, p3}) {
            extend(p.getX(), p.getY());
        }
        current = p0;
    }

    @Override
    public void drawImage(PDImage image) throws IOException {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        Rectangle2D box = null;
        for (float[] c : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
            Point2D.Float p = ctm.transformPoint(c[0], c[1]);
            if (box == null) {
                box = new Rectangle2D.Double(p.x, p.y, 0, 0);
            } else {
                box.add(p);
            }
        }
        paint(box);
    }

    @Override
    public void clip(int windingRule) {
        // clipping is ignored: the painted areas are over-approximated
    }

    @Override
    public void moveTo(float x, float y) {
        extend(x, y);
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        extend(x, y);
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        extend(x1, y1); // a Bezier curve lies within the hull of its control points
        extend(x2, y2);
        extend(x3, y3);
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        // the closing segment lies within the box already
    }

    @Override
    public void endPath() {
        path = null;
    }

    @Override
    public void strokePath() throws IOException {
        if (path != null) {
            double lw = Math.max(1, transformWidth(getGraphicsState().getLineWidth()));
            paint(new Rectangle2D.Double(path.getX() - lw, path.getY() - lw, path.getWidth() + 2 * lw,
                    path.getHeight() + 2 * lw));
        }
        path = null;
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        paint(path);
        path = null;
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) throws IOException {
        paint(pageBox);
    }
}

package vn.bansao.metrics.internal;

import java.util.ArrayList;
import java.util.List;
import vn.bansao.metrics.RowProblem;

/** Malformed rows of one reader or chunk: all counted, the first {@link #KEPT} kept with line and reason. */
public final class Problems {

    /** Problems kept in full; the rest are only counted, so hostile input cannot exhaust memory. */
    public static final int KEPT = 1000;

    public final List<RowProblem> kept = new ArrayList<>();
    public long count;

    public void add(RowProblem p) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(p);
        }
    }

    /** Appends another chunk's problems, shifting its line numbers by {@code lineOffset}. */
    public void addAll(Problems o, long lineOffset) {
        count += o.count;
        for (RowProblem p : o.kept) {
            if (kept.size() < KEPT) {
                kept.add(new RowProblem(p.source(), p.line() + lineOffset, p.reason()));
            }
        }
    }
}

package vn.bansao.verify.internal.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.bansao.verify.ChangeCategory;

/**
 * The classified changes of one or more incremental updates: the worst category and one line per change,
 * root cause first (an {@link ChangeCategory#OTHER} line is never hidden behind allowed ones: lines are listed
 * from the worst category down, in the order found within a category). At most {@value #MAX_DETAILS} lines
 * are kept; when more are found the least severe ones are dropped first and "..." ends the list.
 *
 * <pre>{@code
 * changes.add(ChangeCategory.OTHER, "page 3 0 R /Contents changed");
 * changes.details(); // ["OTHER: page 3 0 R /Contents changed", ...]
 * }</pre>
 */
public final class ChangeSet {

    private static final int MAX_DETAILS = 50;

    private record Line(ChangeCategory category, String text) {
    }

    private ChangeCategory worst = ChangeCategory.NONE;
    private final List<Line> lines = new ArrayList<>();
    private boolean dropped;

    public void add(ChangeCategory category, String detail) {
        if (category.compareTo(worst) > 0) {
            worst = category;
        }
        keep(new Line(category, category + ": " + detail));
    }

    private void keep(Line line) {
        if (lines.size() < MAX_DETAILS) {
            lines.add(line);
            return;
        }
        dropped = true;
        // full: a more severe line replaces the last of the least severe ones
        int victim = -1;
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (victim < 0 || lines.get(i).category().compareTo(lines.get(victim).category()) < 0) {
                victim = i;
            }
        }
        if (lines.get(victim).category().compareTo(line.category()) < 0) {
            lines.remove(victim);
            lines.add(line);
        }
    }

    public void addAll(ChangeSet other) {
        if (other.worst.compareTo(worst) > 0) {
            worst = other.worst;
        }
        for (Line l : other.lines) {
            keep(l);
        }
        dropped |= other.dropped;
    }

    public ChangeCategory worst() {
        return worst;
    }

    /** One line per change, the worst category first ("OTHER: ..."), "..." last when lines were dropped. */
    public List<String> details() {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(Line::category).reversed()); // stable: found order within a category
        List<String> out = new ArrayList<>(sorted.size() + 1);
        sorted.forEach(l -> out.add(l.text()));
        if (dropped) {
            out.add("...");
        }
        return List.copyOf(out);
    }
}

package vn.bansao.verify.internal.pdf;

import java.util.ArrayList;
import java.util.List;
import vn.bansao.verify.ChangeCategory;

/** The classified changes of one incremental update: the worst category and one line per change.
 *
 * <pre>{@code
 * changes.add(ChangeCategory.OTHER, "page 3 0 R /Contents changed");
 * }</pre>
 */
public final class ChangeSet {

    private static final int MAX_DETAILS = 50;

    private ChangeCategory worst = ChangeCategory.NONE;
    private final List<String> details = new ArrayList<>();

    public void add(ChangeCategory category, String detail) {
        if (category.compareTo(worst) > 0) {
            worst = category;
        }
        if (details.size() < MAX_DETAILS) {
            details.add(category + ": " + detail);
        } else if (details.size() == MAX_DETAILS) {
            details.add("...");
        }
    }

    public void addAll(ChangeSet other) {
        if (other.worst.compareTo(worst) > 0) {
            worst = other.worst;
        }
        for (String d : other.details) {
            if (details.size() <= MAX_DETAILS) {
                details.add(d);
            }
        }
    }

    public ChangeCategory worst() {
        return worst;
    }

    public List<String> details() {
        return List.copyOf(details);
    }
}

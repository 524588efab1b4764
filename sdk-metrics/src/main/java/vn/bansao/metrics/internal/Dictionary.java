package vn.bansao.metrics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shared string interner: unit codes, procedure codes and unit groups become dense indexes that key the
 * per-unit count arrays. Threads look values up through their own {@link ByteInterner} and only come here
 * on a miss, which happens once per distinct value.
 */
public final class Dictionary {

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> values = new ArrayList<>();
    private final int limit;
    private final String what;

    /** A dictionary of at most {@code limit} values; {@code what} names them in the error. */
    public Dictionary(int limit, String what) {
        this.limit = limit;
        this.what = what;
    }

    public synchronized int intern(String value) {
        Integer i = index.get(value);
        if (i != null) {
            return i;
        }
        int n = values.size();
        if (n >= limit) {
            // memory grows with distinct codes, so a file with endless new codes is refused, not followed
            throw new InputLimitException(MetricsText.TOO_MANY_DISTINCT.of(limit, what)); // the reader adds file and line
        }
        index.put(value, n);
        values.add(value);
        return n;
    }

    public synchronized int size() {
        return values.size();
    }

    public synchronized String value(int i) {
        return values.get(i);
    }

    /** -1 when absent. */
    public synchronized int find(String value) {
        Integer i = index.get(value);
        return i == null ? -1 : i;
    }
}

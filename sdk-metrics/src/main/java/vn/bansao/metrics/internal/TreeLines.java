package vn.bansao.metrics.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of a JSON or YAML document's top-level fields and of the entries of one top-level list (a plan's
 * {@code targets}, a checklist's {@code units}), so that an error about a tree node can name its line: Jackson's
 * trees keep no positions. Read in a second pass over the same bytes, after the tree was parsed.
 *
 * <pre>{@code
 * TreeLines lines = TreeLines.of(bytes, new YAMLFactory(), "targets");
 * lines.entry(2, "percent");   // the line of target 2's percent (1-based), else of target 2, else 1
 * }</pre>
 */
public final class TreeLines {

    private final String list;
    private final Map<String, Integer> top;
    private final List<Entry> entries;

    private record Entry(int line, Map<String, Integer> fields) {
    }

    private TreeLines(String list, Map<String, Integer> top, List<Entry> entries) {
        this.list = list;
        this.top = top;
        this.entries = entries;
    }

    /** The lines in {@code bytes} (a document the tree parser accepted); no lines when it is not an object. */
    public static TreeLines of(byte[] bytes, JsonFactory factory, String list) {
        Map<String, Integer> top = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        try (JsonParser p = factory.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new TreeLines(list, top, entries);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                top.put(name, line(p));
                JsonToken value = p.nextToken();
                if (name.equals(list) && value == JsonToken.START_ARRAY) {
                    entries.clear(); // a repeated key: the tree keeps the last one, so do the lines
                    JsonToken t;
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                        int start = line(p);
                        Map<String, Integer> fields = new HashMap<>();
                        if (t == JsonToken.START_OBJECT) {
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                fields.put(p.currentName(), line(p));
                                p.nextToken();
                                p.skipChildren();
                            }
                        } else {
                            p.skipChildren();
                        }
                        entries.add(new Entry(start, fields));
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            // the tree parser accepted these bytes; lines found so far are kept, the rest default to line 1
        }
        return new TreeLines(list, top, entries);
    }

    private static int line(JsonParser p) {
        return Math.max(1, p.currentTokenLocation().getLineNr());
    }

    /** The line of top-level {@code field}, else 1. */
    public int top(String field) {
        return top.getOrDefault(field, 1);
    }

    /** The line of {@code field} in entry {@code n} (1-based) of the list, else of the entry, else of the list. */
    public int entry(int n, String field) {
        if (n < 1 || n > entries.size()) {
            return top(list);
        }
        Entry e = entries.get(n - 1);
        return field == null ? e.line : e.fields.getOrDefault(field, e.line);
    }
}

package vn.bansao.verify.internal.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.apache.pdfbox.cos.COSObjectKey;
import vn.bansao.verify.internal.pdf.PdfLexer.Malformed;
import vn.bansao.verify.internal.pdf.PdfLexer.Ref;
import vn.bansao.verify.internal.pdf.UpdateScan.Definition;
import vn.bansao.verify.internal.pdf.UpdateScan.StartXref;
import vn.bansao.verify.internal.pdf.XrefSection.Entry;

/**
 * Structural soundness before any change rule runs (issue 11 item 4). PDFBox, qpdf and poppler each resolve
 * an ambiguous file in their own way (which of two definitions of an object wins, how a broken
 * {@code startxref} is rebuilt, whether an object stream or the cross-reference table says where an object
 * is), so the verifier and the viewer could see different pages. Everything after the first signature's
 * signed end is therefore read here independently of PDFBox ({@link XrefSection}, {@link UpdateScan}) and
 * held strictly; any ambiguity is reported, never resolved:
 * <ol>
 * <li>each incremental update ends with exactly one {@code startxref} that points at a cross-reference
 *     table or stream inside the update, whose {@code /Prev} is the previous revision's (no rebuilt,
 *     skipped or broken chain);</li>
 * <li>no object number is defined twice in one update (two plain definitions, two object streams, an
 *     object stream and a plain definition), and no section lists a number twice;</li>
 * <li>every cross-reference entry agrees with the bytes: an offset points at {@code N G obj} of that very
 *     object; a compressed entry names an object stream whose header lists that number at that index; an
 *     object stream of the update lists only numbers the cross-reference data routes to it; an object written
 *     in the update is the one its entry points at;</li>
 * <li>PDFBox's own table (what every later rule reads) equals the table the file writes.</li>
 * </ol>
 * The signed revisions themselves (often written by other tools) are not held to this; but a signed revision
 * whose {@code startxref}, {@code /Prev} chain or offsets had to be repaired is reported separately, since
 * the signer's software and a viewer may have read different documents.
 *
 * <p>Work is linear in the file size, object streams are decoded only up to their header, and every count is
 * capped (a hostile 256 MiB file costs a bounded time and memory).
 *
 * <pre>{@code
 * StructureCheck.Result r = StructureCheck.check(file, firstSignedEnd, signedEnds, pdfboxTables);
 * r.ambiguities();          // after the first signature: each one makes the copy INVALID
 * r.repairedSignedRevisions();
 * }</pre>
 */
public final class StructureCheck {

    private static final int MAX_SECTIONS = 4096;
    private static final int MAX_PROBLEMS = 8;
    private static final long WORK_BUDGET = 40_000_000L;
    private static final int MAX_OBJSTM_HEADER = 8 << 20;

    /**
     * @param ambiguities             in the updates after the first signature (English)
     * @param repairedSignedRevisions signed revisions whose cross-reference data a reader has to repair (English)
     */
    public record Result(List<String> ambiguities, List<String> repairedSignedRevisions) {
    }

    private final byte[] f;
    private final Map<Long, Object> sections = new HashMap<>();
    private final Map<Long, Object> objStmHeaders = new HashMap<>();
    private long work;

    private StructureCheck(byte[] f) {
        this.f = f;
    }

    /**
     * @param firstSignedEnd the first signature's signed end (a sound ByteRange)
     * @param signedEnds     every sound signature's signed end
     * @param pdfboxTables   PDFBox's cross-reference table of each revision it parsed, by revision end
     *                       ({@code file.length} for the whole file)
     */
    public static Result check(byte[] file, long firstSignedEnd, SortedSet<Long> signedEnds,
                               Map<Long, Map<COSObjectKey, Long>> pdfboxTables) {
        StructureCheck c = new StructureCheck(file);
        List<String> ambiguities = new ArrayList<>();
        List<String> repaired = new ArrayList<>();
        try {
            Map<Long, Map<Long, Located>> signedTables = new HashMap<>();
            for (long end : signedEnds) {
                List<String> p = new ArrayList<>();
                Map<Long, Located> table = c.signedRevision((int) end, p);
                signedTables.put(end, table);
                Map<COSObjectKey, Long> pdfbox = pdfboxTables.get(end);
                if (table != null && pdfbox != null) {
                    c.compare(table, pdfbox, -1, p, p);
                }
                if (!p.isEmpty()) {
                    repaired.add("signed revision ending at byte " + end + ": " + String.join("; ", p));
                }
            }
            if (firstSignedEnd < file.length) {
                Map<Long, Located> base = signedTables.get(firstSignedEnd);
                Map<Long, Located> finalTable = c.updates((int) firstSignedEnd, base == null ? Map.of() : base, ambiguities);
                Map<COSObjectKey, Long> pdfbox = pdfboxTables.get((long) file.length);
                if (finalTable != null && pdfbox != null) {
                    c.compare(finalTable, pdfbox, firstSignedEnd, ambiguities, repaired);
                }
            }
        } catch (Budget e) {
            ambiguities.add("the file's structure is too large to be checked within bounds");
        }
        return new Result(cap(ambiguities), cap(repaired));
    }

    /**
     * The whole file read leniently (no signature to start the strict part from): whether its own
     * cross-reference data had to be repaired, which explains why PDFBox may not see signatures a viewer shows.
     */
    public static List<String> wholeFile(byte[] file, Map<COSObjectKey, Long> pdfboxTable) {
        StructureCheck c = new StructureCheck(file);
        List<String> p = new ArrayList<>();
        try {
            Map<Long, Located> table = c.signedRevision(file.length, p);
            if (table != null) {
                c.compare(table, pdfboxTable, -1, p, p);
            }
        } catch (Budget e) {
            p.add("the file's structure is too large to be checked within bounds");
        }
        return cap(p);
    }

    private static List<String> cap(List<String> l) {
        if (l.size() <= MAX_PROBLEMS) {
            return List.copyOf(l);
        }
        List<String> out = new ArrayList<>(l.subList(0, MAX_PROBLEMS));
        out.add("and " + (l.size() - MAX_PROBLEMS) + " more");
        return List.copyOf(out);
    }

    /** An entry in force and the offset of the section that gave it. */
    private record Located(Entry entry, long section) {
    }

    private static final class Budget extends RuntimeException {
        Budget() {
            super("work budget exhausted", null, false, false);
        }
    }

    private void spend(long n) {
        work += n;
        if (work > WORK_BUDGET) {
            throw new Budget();
        }
    }

    // ------------------------------------------------------------------ signed revisions (lenient)

    /** The table in force at the end of a signed revision, following its own startxref; problems noted. */
    private Map<Long, Located> signedRevision(int end, List<String> problems) {
        long start = lastStartxref(end);
        if (start < 0) {
            problems.add("no startxref before the end of the revision");
            return null;
        }
        Map<Long, Located> table = new LinkedHashMap<>();
        Set<Long> visited = new HashSet<>();
        Long offset = start;
        while (offset != null) {
            if (!visited.add(offset) || visited.size() > MAX_SECTIONS) {
                problems.add("the /Prev chain loops at byte " + offset);
                break;
            }
            XrefSection s = section(offset, end, problems, offset == start ? "startxref " : "/Prev ");
            if (s == null) {
                return visited.size() == 1 ? null : table;
            }
            merge(table, s, end, problems);
            offset = s.prev();
        }
        for (Map.Entry<Long, Located> e : table.entrySet()) {
            Entry en = e.getValue().entry();
            if (en.type() == 1) {
                spend(1);
                String why = pointsAt(en.field2(), e.getKey(), en.field3(), end);
                if (why != null) {
                    problems.add(why);
                    if (problems.size() > MAX_PROBLEMS) {
                        break;
                    }
                }
            }
        }
        return table;
    }

    /**
     * Adds a section's entries under the ones already in force, then those of its hybrid /XRefStm (ISO 32000-1
     * 7.5.8.4: the table's entries come first, the stream's fill in what the table does not list).
     */
    private void merge(Map<Long, Located> table, XrefSection s, int end, List<String> problems) {
        spend(s.entries().size());
        Map<Long, Entry> own = s.entries();
        for (Map.Entry<Long, Entry> e : own.entrySet()) {
            table.putIfAbsent(e.getKey(), new Located(e.getValue(), s.offset()));
        }
        Long stm = s.xrefStm();
        if (stm != null) {
            XrefSection x = section(stm, end, problems, "/XRefStm ");
            if (x != null) {
                x.entries().forEach((k, v) -> {
                    if (v.type() != 0 && !own.containsKey(k)) {
                        table.putIfAbsent(k, new Located(v, stm));
                    }
                });
            }
        }
    }

    private XrefSection section(long offset, int end, List<String> problems, String via) {
        if (offset < 0 || offset >= end) {
            problems.add(via + offset + " points outside the revision");
            return null;
        }
        Object o = sections.computeIfAbsent(offset, k -> {
            try {
                return XrefSection.read(f, k, f.length, this::length);
            } catch (Malformed e) {
                return e.getMessage();
            }
        });
        if (o instanceof XrefSection s) {
            spend(s.entries().size());
            return s;
        }
        problems.add(via + offset + " does not point at a cross-reference table or stream (" + o
                + "): readers rebuild it by scanning the file, each in its own way");
        return null;
    }

    /** The table in force while an update is checked (resolves an object stream's indirect /Length). */
    private Map<Long, Located> current = Map.of();

    /** An indirect /Length: the integer a plain object in force holds, or null (the stream is then unreadable). */
    private Long length(Ref r) {
        Located l = current.get(r.num());
        if (l == null || l.entry().type() != 1 || l.entry().field3() != r.gen()) {
            return null;
        }
        PdfLexer lx = new PdfLexer(f, (int) Math.min(l.entry().field2(), f.length), f.length);
        try {
            Ref h = lx.objectHeader();
            return h.num() == r.num() && h.gen() == r.gen() ? lx.unsigned() : null;
        } catch (Malformed e) {
            return null;
        }
    }

    /** Null when byte {@code offset} starts {@code num gen obj}, else why not. */
    private String pointsAt(long offset, long num, long gen, int end) {
        if (offset <= 0 || offset >= end) {
            return "the entry of object " + num + " " + gen + " points at byte " + offset + ", outside the revision";
        }
        PdfLexer lx = new PdfLexer(f, (int) offset, end);
        try {
            Ref h = lx.objectHeader();
            if (h.num() == num && h.gen() == gen) {
                return null;
            }
            return "the entry of object " + num + " " + gen + " points at byte " + offset + ", where object " + h
                    + " is defined";
        } catch (Malformed e) {
            return "the entry of object " + num + " " + gen + " points at byte " + offset + ", where no object starts";
        }
    }

    /** Offset of the last {@code startxref} before {@code end} (searched in the last 4 KiB), or -1. */
    private long lastStartxref(int end) {
        int from = Math.max(0, end - 4096);
        for (int i = end - 9; i >= from; i--) {
            if (f[i] == 's' && f[i + 1] == 't' && ByteRangeCheck.indexOf(f, "startxref", i, i + 9) == i) {
                try {
                    return new PdfLexer(f, i + 9, end).unsigned();
                } catch (Malformed e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ updates after the first signature (strict)

    private Map<Long, Located> updates(int from, Map<Long, Located> base, List<String> problems) {
        UpdateScan scan = UpdateScan.of(f, from, f.length);
        spend(f.length - from);
        long previous = lastStartxref(from);
        Map<Long, Located> table = new LinkedHashMap<>(base);
        if (scan.overflow()) {
            problems.add("more than " + UpdateScan.MAX_ITEMS + " objects or markers are written after the first signature");
            return table;
        }
        int start = from;
        int nextX = 0;
        int nextD = 0;
        List<StartXref> allX = scan.startxrefs();
        List<Definition> allD = scan.definitions();
        for (int end : scan.eofEnds()) {
            if (full(problems)) {
                break;
            }
            // both lists are in file order: take the items of this segment (linear overall)
            int x0 = nextX;
            while (nextX < allX.size() && allX.get(nextX).at() < end) {
                nextX++;
            }
            int d0 = nextD;
            while (nextD < allD.size() && allD.get(nextD).offset() < end) {
                nextD++;
            }
            if (isBlank(start, end)) {
                start = end;
                continue;
            }
            final int s0 = start;
            String where = "update at bytes " + start + "-" + end;
            List<StartXref> sx = allX.subList(x0, nextX);
            List<Definition> defs = allD.subList(d0, nextD);
            if (sx.size() != 1) {
                problems.add(where + " has " + sx.size() + " startxref keywords instead of one");
                start = end;
                continue;
            }
            long x = sx.get(0).value();
            List<String> p = new ArrayList<>();
            XrefSection s = x >= start && x < end ? section(x, end, p, "startxref ") : null;
            if (s == null) {
                problems.add(where + ": " + (p.isEmpty() ? "startxref " + x + " does not point into the update" : p.get(0)));
                start = end;
                previous = x;
                continue;
            }
            if (s.prev() == null || s.prev() != previous) {
                problems.add(where + ": /Prev " + s.prev() + " is not the previous revision's cross-reference section at byte "
                        + previous);
            }
            if (!s.duplicates().isEmpty()) {
                problems.add(where + ": its cross-reference section lists objects " + s.duplicates() + " more than once");
            }
            Map<Long, Entry> own = new LinkedHashMap<>(s.entries());
            Long stm = s.xrefStm();
            if (stm != null) {
                XrefSection xs = section(stm, end, p, "/XRefStm ");
                if (xs == null || !xs.stream()) {
                    problems.add(where + ": /XRefStm " + stm + " is not a cross-reference stream");
                } else {
                    for (Map.Entry<Long, Entry> e : xs.entries().entrySet()) {
                        Entry listed = own.get(e.getKey());
                        if (e.getValue().type() == 0 || (listed != null && listed.type() != 0)) {
                            continue; // the table's own entry wins
                        }
                        Located inForce = table.get(e.getKey());
                        boolean fresh = stm >= start;
                        if (!fresh && (inForce == null || !inForce.entry().equals(e.getValue()))) {
                            // an older stream copied into this trailer would bring back an older definition
                            problems.add(where + ": /XRefStm " + stm + " of an earlier revision disagrees with the "
                                    + "object " + e.getKey() + " in force");
                        }
                        if (fresh) {
                            own.put(e.getKey(), e.getValue());
                        }
                    }
                }
            }
            for (Map.Entry<Long, Entry> e : own.entrySet()) {
                table.put(e.getKey(), new Located(e.getValue(), s.offset()));
            }
            current = table;
            checkUpdate(where, end, own, defs, table, problems);
            previous = x;
            start = end;
        }
        int tail = start;
        if (scan.definitions().stream().anyMatch(d -> d.offset() >= tail)) {
            // the engine reports FILE_TRUNCATED too; objects there belong to no revision
            problems.add("objects are written after the last %%EOF (byte " + tail + ")");
        }
        return table;
    }

    private void checkUpdate(String where, int end, Map<Long, Entry> own, List<Definition> defs,
                             Map<Long, Located> table, List<String> problems) {
        // every entry agrees with the bytes
        List<String> entryProblems = new ArrayList<>();
        for (Map.Entry<Long, Entry> e : own.entrySet()) {
            if (full(entryProblems)) {
                break;
            }
            long num = e.getKey();
            Entry en = e.getValue();
            spend(1);
            String why = en.type() == 1 ? pointsAt(en.field2(), num, en.field3(), end)
                    : en.type() == 2 ? compressedEntry(num, en, table, end)
                    : en.type() != 0 ? "object " + num + " has a cross-reference entry of unknown type " + en.type() : null;
            if (why != null) {
                entryProblems.add(where + ": " + why);
            }
        }
        // every object is defined once (all definitions are counted), and is the one its entry points at
        Map<Long, List<String>> seen = new LinkedHashMap<>();
        Map<Long, String> notInForce = new LinkedHashMap<>();
        List<String> streamProblems = new ArrayList<>();
        for (Definition d : defs) {
            spend(1);
            note(seen, d.num(), "at byte " + d.offset());
            if ("XRef".equals(d.type())) {
                continue; // a cross-reference stream need not list itself
            }
            Entry en = own.get(d.num());
            if ((en == null || en.type() != 1 || en.field3() != d.gen() || headerAt(en.field2(), end) != d.offset())
                    && notInForce.size() < 4 * MAX_PROBLEMS) {
                notInForce.putIfAbsent(d.num(), where + ": object " + d.num() + " " + d.gen() + " written at byte "
                        + d.offset() + " is not the definition its cross-reference entry puts in force");
            }
            if ("ObjStm".equals(d.type())) {
                Object header = objStmHeader(d.offset(), end);
                if (header instanceof String why) {
                    add(streamProblems, where + ": object stream " + d.num() + " cannot be read independently (" + why + ")");
                    continue;
                }
                long[] members = (long[]) header;
                spend(members.length);
                for (int i = 0; i < members.length; i++) {
                    long m = members[i];
                    note(seen, m, "in object stream " + d.num());
                    Entry me = own.get(m);
                    if (me == null || me.type() != 2 || me.field2() != d.num() || me.field3() != i) {
                        add(streamProblems, where + ": object stream " + d.num() + " lists object " + m + " at index " + i
                                + ", but the cross-reference data does not route that object there");
                    }
                }
            }
        }
        // the root cause first: a number defined twice
        for (Map.Entry<Long, List<String>> e : seen.entrySet()) {
            if (e.getValue().size() > 1) {
                add(problems, where + ": object " + e.getKey() + " is defined " + e.getValue().size() + " times ("
                        + String.join(", ", e.getValue().subList(0, Math.min(3, e.getValue().size()))) + ")");
            }
        }
        entryProblems.forEach(p -> add(problems, p));
        streamProblems.forEach(p -> add(problems, p));
        notInForce.forEach((num, p) -> {
            if (seen.getOrDefault(num, List.of()).size() <= 1) {
                add(problems, p);
            }
        });
    }

    private static void add(List<String> problems, String p) {
        if (!full(problems)) {
            problems.add(p);
        }
    }

    /** Enough evidence collected: more problems would only cost memory (the report shows the first few). */
    private static boolean full(List<String> problems) {
        return problems.size() > 4 * MAX_PROBLEMS;
    }

    /** Records where a number is defined: the first three places in full, later ones only counted. */
    private static void note(Map<Long, List<String>> seen, long num, String where) {
        List<String> l = seen.computeIfAbsent(num, k -> new ArrayList<>(2));
        l.add(l.size() < 3 ? where : "");
    }

    private String compressedEntry(long num, Entry en, Map<Long, Located> table, int end) {
        Located stm = table.get(en.field2());
        if (stm == null || stm.entry().type() != 1) {
            return "object " + num + " is routed to object stream " + en.field2() + ", which is not a stored object";
        }
        if (pointsAt(stm.entry().field2(), en.field2(), stm.entry().field3(), end) != null) {
            return "object " + num + " is routed to object stream " + en.field2() + ", whose entry is wrong";
        }
        Object header = objStmHeader((int) headerAt(stm.entry().field2(), end), end);
        if (header instanceof String why) {
            return "object stream " + en.field2() + " of object " + num + " cannot be read independently (" + why + ")";
        }
        long[] members = (long[]) header;
        if (en.field3() < 0 || en.field3() >= members.length || members[(int) en.field3()] != num) {
            return "object " + num + " is routed to index " + en.field3() + " of object stream " + en.field2()
                    + ", which does not hold it there";
        }
        return null;
    }

    /** Where the object header at or after {@code offset} (after white space) starts. */
    private long headerAt(long offset, int end) {
        if (offset <= 0 || offset >= end) {
            return -1;
        }
        PdfLexer lx = new PdfLexer(f, (int) offset, end);
        lx.skipWhite();
        return lx.position();
    }

    /** The object numbers an object stream's header lists, in order, or why it cannot be read. */
    private Object objStmHeader(int offset, int end) {
        return objStmHeaders.computeIfAbsent((long) offset, k -> {
            try {
                PdfLexer lx = new PdfLexer(f, offset, f.length);
                lx.objectHeader();
                Object o = lx.object();
                if (!(o instanceof Map<?, ?> m)) {
                    return "not a stream";
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> d = (Map<String, Object>) m;
                if (!(d.get("N") instanceof Long n) || !(d.get("First") instanceof Long first) || n < 0 || first < 0
                        || first > MAX_OBJSTM_HEADER || n > first) {
                    return "bad /N or /First";
                }
                int data = lx.streamData();
                int dataEnd = RawStreams.dataEnd(f, data, d, f.length, this::length);
                byte[] head = RawStreams.decode(f, data, dataEnd, d, first.intValue());
                PdfLexer h = new PdfLexer(head, 0, head.length);
                long[] nums = new long[n.intValue()];
                for (int i = 0; i < nums.length; i++) {
                    nums[i] = h.unsigned();
                    h.unsigned();
                }
                spend(nums.length);
                return nums;
            } catch (Malformed e) {
                return e.getMessage();
            }
        });
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!PdfLexer.isWhite(f[i])) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ PDFBox against the file

    /**
     * PDFBox's table must be the file's: an object PDFBox locates elsewhere (or finds by scanning) means it
     * repaired the structure. Differences for objects whose entry lies after {@code strictFrom} go to
     * {@code strict}, the others to {@code lenient}.
     */
    private void compare(Map<Long, Located> ours, Map<COSObjectKey, Long> pdfbox, long strictFrom,
                         List<String> strict, List<String> lenient) {
        spend(pdfbox.size() + ours.size());
        int reported = 0;
        for (Map.Entry<Long, Located> e : ours.entrySet()) {
            Entry en = e.getValue().entry();
            if (en.type() == 0) {
                continue;
            }
            COSObjectKey key = new COSObjectKey(e.getKey(), en.type() == 1 ? (int) en.field3() : 0);
            long expected = en.type() == 1 ? en.field2() : -en.field2();
            Long theirs = pdfbox.get(key);
            if (theirs == null || theirs != expected) {
                List<String> to = e.getValue().section() >= strictFrom ? strict : lenient;
                if (reported++ < MAX_PROBLEMS) {
                    to.add("PDFBox reads object " + key.getNumber() + " " + key.getGeneration() + " from "
                            + where(theirs) + " while the cross-reference data says " + where(expected));
                }
            }
        }
        for (Map.Entry<COSObjectKey, Long> e : pdfbox.entrySet()) {
            Located l = ours.get(e.getKey().getNumber());
            if (l == null && reported++ < MAX_PROBLEMS) {
                (e.getValue() >= strictFrom ? strict : lenient).add("PDFBox finds object " + e.getKey().getNumber() + " " + e.getKey().getGeneration()
                        + " that no cross-reference section lists (rebuilt by scanning)");
            }
        }
    }

    private static String where(Long v) {
        if (v == null) {
            return "nowhere";
        }
        return v < 0 ? "object stream " + (-v) : "byte " + v;
    }
}

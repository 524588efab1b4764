package vn.bansao.metrics.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.bansao.metrics.Period;
import vn.bansao.metrics.definition.Field;
import vn.bansao.metrics.definition.Measure;
import vn.bansao.metrics.definition.Measures;

/**
 * Per-thread running totals: for each period and unit, one long per dossier measure (a flat array keyed
 * by the unit's dense index), plus per unit a bit set of procedure indexes for
 * distinct-procedure measures (sparse keys past the first 1,024 procedures). Memory grows with units,
 * procedures and periods, never with rows, and is capped (see {@link vn.bansao.metrics.Metrics#MAX_UNITS}).
 */
public final class Accumulator {

    /** Number of dossier measure slots per unit. */
    public static final int M = Measures.ALL.size();

    private final Dictionary groups;
    private final int[] from;
    private final int[] to;
    private final CompiledMeasures compiled = new CompiledMeasures(Measures.ALL);
    private final int[] sumSlots;
    private final int distinctCount;
    private final int[] distinctSlots;
    private final long[] scratch = new long[M];
    private long[][] counts;
    private int[] unitLevel = new int[0];
    private int[] unitGroup = new int[0];
    private boolean[] seen = new boolean[0];
    private int units;
    /**
     * Distinct procedures: for each (period, distinct measure) and unit, a bit set over procedure indexes.
     * Bits beat a hash set of keys here: the hot loop touches one cached word per row.
     */
    private long[][][] procedureBits;
    /** Procedures indexed from {@link #DENSE} on (many distinct codes): sparse (period, measure, unit, procedure) keys. */
    private final LongHashSet sparse = new LongHashSet();
    /** Procedure indexes kept as bits: 16 words per unit, period and measure at most. */
    static final int DENSE = 1024;
    /** Most sparse keys held (16 bytes each at worst); beyond, the input is refused. */
    static final int MAX_SPARSE = 16_000_000;
    /** Rows accepted into at least the parse; those outside every period are still counted here. */
    public long rows;

    public Accumulator(List<Period> periods, Dictionary groups) {
        this.groups = groups;
        this.from = periods.stream().mapToInt(Period::fromKey).toArray();
        this.to = periods.stream().mapToInt(Period::toKey).toArray();
        this.counts = new long[periods.size()][0];
        List<Integer> ss = new ArrayList<>();
        List<Integer> ds = new ArrayList<>();
        for (int i = 0; i < M; i++) {
            Measure m = Measures.ALL.get(i);
            if (m.isDistinct()) {
                ds.add(i);
            } else {
                ss.add(i);
            }
        }
        this.sumSlots = ss.stream().mapToInt(Integer::intValue).toArray();
        this.distinctCount = ds.size();
        this.distinctSlots = ds.stream().mapToInt(Integer::intValue).toArray();
        this.procedureBits = new long[periods.size() * distinctSlots.length][0][];
    }

    /** Adds one well-formed row. */
    public void add(int[] row) {
        rows++;
        int unit = row[Field.AGENCY_CODE.ordinal()];
        ensureUnit(unit);
        seen[unit] = true;
        noteUnit(unit, row[Field.UNIT_LEVEL.ordinal()], row[Field.UNIT_GROUP.ordinal()]);
        int received = row[Field.RECEIVED_ON.ordinal()];
        boolean evaluated = false;
        long mask = 0;
        for (int p = 0; p < from.length; p++) {
            if (received < from[p] || received > to[p]) {
                continue;
            }
            if (!evaluated) {
                Arrays.fill(scratch, 0);
                mask = compiled.evaluate(row, scratch);
                evaluated = true;
            }
            long[] c = counts[p];
            int base = unit * M;
            for (int slot : sumSlots) {
                c[base + slot] += scratch[slot];
            }
            int proc = row[Field.PROCEDURE_CODE.ordinal()];
            if (proc >= 0) {
                for (int i = 0; i < distinctCount; i++) {
                    if (compiled.distinctMatches(i, mask)) {
                        if (proc >= DENSE) {
                            addSparse(p, i, unit, proc);
                            continue;
                        }
                        long[][] perUnit = procedureBits[p * distinctCount + i];
                        long[] bits = perUnit[unit];
                        int word = proc >>> 6;
                        if (bits == null || word >= bits.length) {
                            bits = java.util.Arrays.copyOf(bits == null ? new long[0] : bits, Math.max(word + 1, 8));
                            perUnit[unit] = bits;
                        }
                        bits[word] |= 1L << proc;
                    }
                }
            }
        }
    }

    private void addSparse(int period, int measure, int unit, int proc) {
        sparse.add(((long) period << 56) | ((long) measure << 48) | ((long) unit << 24) | proc);
        if (sparse.size() > MAX_SPARSE) {
            throw new InputLimitException(MetricsText.TOO_MANY_PAIRS.of(MAX_SPARSE)); // the reader adds file and line
        }
    }

    private void noteUnit(int unit, int level, int group) {
        // a unit's level and group: the catalogue's when given, else the smallest seen in its rows
        // (the SQL back-end takes MIN too, so both agree when rows disagree)
        if (level >= 0 && (unitLevel[unit] < 0 || level < unitLevel[unit])) {
            unitLevel[unit] = level;
        }
        if (group >= 0 && unitGroup[unit] != group) {
            if (unitGroup[unit] < 0 || groups.value(group).compareTo(groups.value(unitGroup[unit])) < 0) {
                unitGroup[unit] = group;
            }
        }
    }

    private void ensureUnit(int unit) {
        if (unit < units) {
            return;
        }
        int n = Math.max(unit + 1, Math.max(16, units * 2));
        for (int p = 0; p < counts.length; p++) {
            counts[p] = Arrays.copyOf(counts[p], n * M);
        }
        int old = unitLevel.length;
        unitLevel = Arrays.copyOf(unitLevel, n);
        unitGroup = Arrays.copyOf(unitGroup, n);
        seen = Arrays.copyOf(seen, n);
        for (int i = 0; i < procedureBits.length; i++) {
            procedureBits[i] = Arrays.copyOf(procedureBits[i], n);
        }
        Arrays.fill(unitLevel, old, n, -1);
        Arrays.fill(unitGroup, old, n, -1);
        units = n;
    }

    /** Folds another thread's totals into this one (both share the dictionaries). */
    public void merge(Accumulator o) {
        rows += o.rows;
        if (o.units > 0) {
            ensureUnit(o.units - 1);
        }
        for (int p = 0; p < counts.length; p++) {
            long[] mine = counts[p], theirs = o.counts[p];
            for (int i = 0; i < theirs.length; i++) {
                mine[i] += theirs[i];
            }
        }
        for (int u = 0; u < o.units; u++) {
            seen[u] |= o.seen[u];
            noteUnit(u, o.unitLevel[u], o.unitGroup[u]);
        }
        o.sparse.forEach(k -> {
            sparse.add(k);
            if (sparse.size() > MAX_SPARSE) {
                throw new InputLimitException(MetricsText.TOO_MANY_PAIRS.of(MAX_SPARSE));
            }
        });
        for (int i = 0; i < o.procedureBits.length; i++) {
            long[][] theirs = o.procedureBits[i];
            long[][] mine = procedureBits[i];
            for (int u = 0; u < theirs.length; u++) {
                long[] t = theirs[u];
                if (t == null) {
                    continue;
                }
                long[] m = mine[u] == null ? new long[t.length] : mine[u].length < t.length ? Arrays.copyOf(mine[u], t.length) : mine[u];
                for (int w = 0; w < t.length; w++) {
                    m[w] |= t[w];
                }
                mine[u] = m;
            }
        }
    }

    /** Final per-period, per-unit measure values with distinct counts filled in: [period][unit * M + slot]. */
    public long[][] finish(int unitCount) {
        if (unitCount > 0) {
            ensureUnit(unitCount - 1);
        }
        long[][] out = new long[counts.length][];
        for (int p = 0; p < counts.length; p++) {
            out[p] = Arrays.copyOf(counts[p], unitCount * M);
        }
        sparse.forEach(k -> {
            int p = (int) (k >>> 56);
            int i = (int) (k >>> 48) & 0xFF;
            int unit = (int) (k >>> 24) & 0xFFFFFF;
            if (unit < unitCount) {
                out[p][unit * M + distinctSlots[i]]++;
            }
        });
        for (int p = 0; p < counts.length; p++) {
            for (int i = 0; i < distinctSlots.length; i++) {
                long[][] perUnit = procedureBits[p * distinctSlots.length + i];
                for (int u = 0; u < Math.min(unitCount, perUnit.length); u++) {
                    if (perUnit[u] != null) {
                        long n = 0;
                        for (long w : perUnit[u]) {
                            n += Long.bitCount(w);
                        }
                        out[p][u * M + distinctSlots[i]] += n;
                    }
                }
            }
        }
        return out;
    }

    /** Whether a well-formed row named this unit (a malformed row may have interned it). */
    public boolean seen(int unit) {
        return unit < units && seen[unit];
    }

    /** Level ordinal seen in rows, -1 if none. */
    public int unitLevel(int unit) {
        return unit < units ? unitLevel[unit] : -1;
    }

    /** Group index seen in rows, -1 if none. */
    public int unitGroup(int unit) {
        return unit < units ? unitGroup[unit] : -1;
    }
}

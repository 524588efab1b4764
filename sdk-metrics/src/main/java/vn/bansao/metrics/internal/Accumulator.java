package vn.bansao.metrics.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.bansao.metrics.Period;
import vn.bansao.metrics.definition.Cond;
import vn.bansao.metrics.definition.Field;
import vn.bansao.metrics.definition.Measure;
import vn.bansao.metrics.definition.Measures;

/**
 * Per-thread running totals: for each period and unit, one long per dossier measure (a flat array keyed
 * by the unit's dense index), plus a set of (period, measure, unit, procedure) keys for distinct-procedure
 * measures. Memory grows with units and procedures, never with rows.
 */
public final class Accumulator {

    /** Number of dossier measure slots per unit. */
    public static final int M = Measures.ALL.size();

    @FunctionalInterface
    private interface RowValue {
        long value(int[] row);
    }

    private final Dictionary groups;
    private final int[] from;
    private final int[] to;
    private final RowValue[] sums;
    private final int[] sumSlots;
    private final Cond.RowPredicate[] distinct;
    private final int[] distinctSlots;
    private final long[] scratch = new long[M];
    private long[][] counts;
    private int[] unitLevel = new int[0];
    private int[] unitGroup = new int[0];
    private boolean[] seen = new boolean[0];
    private int units;
    final LongHashSet distinctKeys = new LongHashSet();
    /** Rows accepted into at least the parse; those outside every period are still counted here. */
    public long rows;

    public Accumulator(List<Period> periods, Dictionary groups) {
        this.groups = groups;
        this.from = periods.stream().mapToInt(Period::fromKey).toArray();
        this.to = periods.stream().mapToInt(Period::toKey).toArray();
        this.counts = new long[periods.size()][0];
        List<RowValue> s = new ArrayList<>();
        List<Integer> ss = new ArrayList<>();
        List<Cond.RowPredicate> d = new ArrayList<>();
        List<Integer> ds = new ArrayList<>();
        for (int i = 0; i < M; i++) {
            Measure m = Measures.ALL.get(i);
            if (m.isDistinct()) {
                d.add(m.distinct().compile());
                ds.add(i);
            } else {
                s.add(compile(m));
                ss.add(i);
            }
        }
        this.sums = s.toArray(RowValue[]::new);
        this.sumSlots = ss.stream().mapToInt(Integer::intValue).toArray();
        this.distinct = d.toArray(Cond.RowPredicate[]::new);
        this.distinctSlots = ds.stream().mapToInt(Integer::intValue).toArray();
    }

    private static RowValue compile(Measure m) {
        RowValue[] parts = m.terms().stream().map(t -> {
            Cond.RowPredicate p = t.when().compile();
            if (t.value() == null) {
                return (RowValue) row -> p.test(row) ? 1 : 0;
            }
            int v = t.value().ordinal();
            return (RowValue) row -> p.test(row) ? row[v] : 0;
        }).toArray(RowValue[]::new);
        if (parts.length == 1) {
            return parts[0];
        }
        return row -> {
            long total = 0;
            for (RowValue p : parts) {
                total += p.value(row);
            }
            return total;
        };
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
        for (int p = 0; p < from.length; p++) {
            if (received < from[p] || received > to[p]) {
                continue;
            }
            if (!evaluated) {
                for (int i = 0; i < sums.length; i++) {
                    scratch[sumSlots[i]] = sums[i].value(row);
                }
                evaluated = true;
            }
            long[] c = counts[p];
            int base = unit * M;
            for (int slot : sumSlots) {
                c[base + slot] += scratch[slot];
            }
            int proc = row[Field.PROCEDURE_CODE.ordinal()];
            if (proc >= 0) {
                for (int i = 0; i < distinct.length; i++) {
                    if (distinct[i].test(row)) {
                        distinctKeys.add(key(p, distinctSlots[i], unit, proc));
                    }
                }
            }
        }
    }

    private static long key(int period, int slot, int unit, int proc) {
        return ((long) period << 56) | ((long) slot << 48) | ((long) unit << 24) | proc;
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
        o.distinctKeys.forEach(distinctKeys::add);
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
        distinctKeys.forEach(k -> {
            int p = (int) (k >>> 56);
            int slot = (int) (k >>> 48) & 0xFF;
            int unit = (int) (k >>> 24) & 0xFFFFFF;
            out[p][unit * M + slot]++;
        });
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

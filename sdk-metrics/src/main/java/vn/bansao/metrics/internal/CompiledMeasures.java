package vn.bansao.metrics.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.bansao.metrics.definition.Cond;
import vn.bansao.metrics.definition.Field;
import vn.bansao.metrics.definition.Measure;

/**
 * The in-memory back-end of the definitions, built for the hot loop: every distinct atomic condition
 * (field in codes, date present, count positive, date ≤ date, count = count) is evaluated once per row into a
 * bit mask, and each measure term's condition, rewritten in disjunctive normal form over those atoms, becomes
 * a few mask tests. No virtual call per condition, whatever the definitions.
 */
public final class CompiledMeasures {

    private static final int IN = 0, PRESENT = 1, POSITIVE = 2, NOT_AFTER = 3, SAME = 4;

    /** One conjunction: all {@code pos} atoms true and all {@code neg} atoms false. */
    private record Clause(long pos, long neg) {
    }

    private final int[] atomKind;
    private final int[] atomA;
    private final int[] atomB;
    private final int[][] atomCodes;
    /** Per term: clauses (flattened pos/neg pairs), the value field (-1 for 1), and the measure slot it adds to. */
    private final long[][] termClauses;
    private final int[] termValue;
    private final int[] termSlot;
    /** Per distinct measure (in slot order): its condition's clauses. */
    private final long[][] distinctClauses;

    /** Compiles the condition of each measure that is not distinct (their slots are the indexes in {@code measures}). */
    public CompiledMeasures(List<Measure> measures) {
        Map<String, Cond> atoms = new LinkedHashMap<>();
        List<long[]> clauses = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        List<long[]> distinct = new ArrayList<>();
        for (int slot = 0; slot < measures.size(); slot++) {
            Measure m = measures.get(slot);
            if (m.isDistinct()) {
                distinct.add(flatten(dnf(m.distinct(), false, atoms)));
                continue;
            }
            for (Measure.Term t : m.terms()) {
                clauses.add(flatten(dnf(t.when(), false, atoms)));
                values.add(t.value() == null ? -1 : t.value().ordinal());
                slots.add(slot);
            }
        }
        if (atoms.size() > 64) {
            throw new IllegalStateException("more than 64 atomic conditions");
        }
        int n = atoms.size();
        atomKind = new int[n];
        atomA = new int[n];
        atomB = new int[n];
        atomCodes = new int[n][];
        int i = 0;
        for (Cond c : atoms.values()) {
            if (c instanceof Cond.In in) {
                atomKind[i] = IN;
                atomA[i] = in.field().ordinal();
                atomCodes[i] = in.codes().clone();
            } else if (c instanceof Cond.Present p) {
                atomKind[i] = PRESENT;
                atomA[i] = p.field().ordinal();
            } else if (c instanceof Cond.Positive p) {
                atomKind[i] = POSITIVE;
                atomA[i] = p.field().ordinal();
            } else if (c instanceof Cond.NotAfter na) {
                atomKind[i] = NOT_AFTER;
                atomA[i] = na.a().ordinal();
                atomB[i] = na.b().ordinal();
            } else if (c instanceof Cond.SameValue sv) {
                atomKind[i] = SAME;
                atomA[i] = sv.a().ordinal();
                atomB[i] = sv.b().ordinal();
            }
            i++;
        }
        termClauses = clauses.toArray(long[][]::new);
        termValue = values.stream().mapToInt(Integer::intValue).toArray();
        termSlot = slots.stream().mapToInt(Integer::intValue).toArray();
        distinctClauses = distinct.toArray(long[][]::new);
    }

    private static long[] flatten(List<Clause> dnf) {
        long[] flat = new long[dnf.size() * 2];
        for (int i = 0; i < dnf.size(); i++) {
            flat[2 * i] = dnf.get(i).pos();
            flat[2 * i + 1] = dnf.get(i).neg();
        }
        return flat;
    }

    /** Whether the i-th distinct measure's condition holds for a row with this atom mask. */
    public boolean distinctMatches(int i, long mask) {
        return matches(distinctClauses[i], mask);
    }

    private static boolean matches(long[] cl, long mask) {
        for (int k = 0; k < cl.length; k += 2) {
            long pos = cl[k];
            if ((mask & pos) == pos && (mask & cl[k + 1]) == 0) {
                return true;
            }
        }
        return false;
    }

    private static List<Clause> dnf(Cond c, boolean negate, Map<String, Cond> atoms) {
        if (c instanceof Cond.Always) {
            return negate ? List.of() : List.of(new Clause(0, 0));
        }
        if (c instanceof Cond.Not n) {
            return dnf(n.part(), !negate, atoms);
        }
        if (c instanceof Cond.And a) {
            return negate ? union(a.parts(), true, atoms) : product(a.parts(), false, atoms);
        }
        if (c instanceof Cond.Or o) {
            return negate ? product(o.parts(), true, atoms) : union(o.parts(), false, atoms);
        }
        String key = c.toSql(); // canonical text of an atom
        atoms.putIfAbsent(key, c);
        int index = new ArrayList<>(atoms.keySet()).indexOf(key);
        long bit = 1L << index;
        return List.of(negate ? new Clause(0, bit) : new Clause(bit, 0));
    }

    private static List<Clause> union(Cond[] parts, boolean negate, Map<String, Cond> atoms) {
        List<Clause> out = new ArrayList<>();
        for (Cond p : parts) {
            out.addAll(dnf(p, negate, atoms));
        }
        return out;
    }

    private static List<Clause> product(Cond[] parts, boolean negate, Map<String, Cond> atoms) {
        List<Clause> acc = List.of(new Clause(0, 0));
        for (Cond p : parts) {
            List<Clause> next = new ArrayList<>();
            for (Clause x : acc) {
                for (Clause y : dnf(p, negate, atoms)) {
                    Clause z = new Clause(x.pos() | y.pos(), x.neg() | y.neg());
                    if ((z.pos() & z.neg()) == 0) { // a clause asking an atom to be both true and false is dropped
                        next.add(z);
                    }
                }
            }
            acc = next;
        }
        return acc;
    }

    /** The atom mask of a row. */
    public long atoms(int[] row) {
        long mask = 0;
        for (int i = 0; i < atomKind.length; i++) {
            int a = row[atomA[i]];
            boolean v;
            switch (atomKind[i]) {
                case IN -> {
                    v = false;
                    for (int code : atomCodes[i]) {
                        if (a == code) {
                            v = true;
                            break;
                        }
                    }
                }
                case PRESENT -> v = a != 0;
                case POSITIVE -> v = a > 0;
                case NOT_AFTER -> {
                    int b = row[atomB[i]];
                    v = a != 0 && b != 0 && a <= b;
                }
                default -> v = a == row[atomB[i]];
            }
            if (v) {
                mask |= 1L << i;
            }
        }
        return mask;
    }

    /** Adds each measure's value for this row into {@code out[slot]} (which the caller zeroes); returns the atom mask. */
    public long evaluate(int[] row, long[] out) {
        long mask = atoms(row);
        for (int t = 0; t < termClauses.length; t++) {
            if (matches(termClauses[t], mask)) {
                int v = termValue[t];
                out[termSlot[t]] += v < 0 ? 1 : row[v];
            }
        }
        return mask;
    }

    /** Number of distinct atoms (for tests). */
    public int atomCount() {
        return atomKind.length;
    }

    /** For tests: the field of each atom. */
    Field atomField(int i) {
        return Field.values()[atomA[i]];
    }
}

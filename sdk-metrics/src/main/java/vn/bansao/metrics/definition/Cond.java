package vn.bansao.metrics.definition;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A condition on one dossier record: the single source from which both back-ends are built — SQL through
 * {@link #toSql()}, the in-memory engine through {@code internal.CompiledMeasures} (atoms and masks, for the hot
 * loop), which is checked against {@link #compile()}, the direct evaluation.
 *
 * <pre>{@code
 * Cond online = Cond.eq(Field.CHANNEL, Field.ONLINE);
 * online.toSql();   // "channel = 'online'"
 * }</pre>
 */
public sealed interface Cond {

    /** A compiled condition over a parsed row ({@code row[field.ordinal()]}). */
    @FunctionalInterface
    interface RowPredicate {
        boolean test(int[] row);
    }

    RowPredicate compile();

    /** Standard SQL over the canonical columns (PostgreSQL and DuckDB). */
    String toSql();

    Cond TRUE = new Always();

    static Cond eq(Field f, int code) {
        return new In(f, new int[] {code});
    }

    static Cond in(Field f, int... codes) {
        return new In(f, codes.clone());
    }

    static Cond present(Field date) {
        return new Present(date);
    }

    static Cond positive(Field count) {
        return new Positive(count);
    }

    /** {@code a <= b} for two dates, false when either is empty. */
    static Cond notAfter(Field a, Field b) {
        return new NotAfter(a, b);
    }

    static Cond sameValue(Field a, Field b) {
        return new SameValue(a, b);
    }

    static Cond and(Cond... cs) {
        return new And(cs.clone());
    }

    static Cond or(Cond... cs) {
        return new Or(cs.clone());
    }

    static Cond not(Cond c) {
        return new Not(c);
    }

    /** The constant true condition. */
    record Always() implements Cond {
        public RowPredicate compile() {
            return row -> true;
        }

        public String toSql() {
            return "TRUE";
        }
    }

    /** Field code is one of the given codes. */
    record In(Field field, int[] codes) implements Cond {
        public RowPredicate compile() {
            int i = field.ordinal();
            if (codes.length == 1) {
                int c = codes[0];
                return row -> row[i] == c;
            }
            int[] cs = codes.clone();
            return row -> {
                int v = row[i];
                for (int c : cs) {
                    if (v == c) {
                        return true;
                    }
                }
                return false;
            };
        }

        public String toSql() {
            String col = field.column();
            String values = Arrays.stream(codes).mapToObj(c -> SqlLiterals.literal(field, c)).collect(Collectors.joining(", "));
            return codes.length == 1 ? col + " = " + values : col + " IN (" + values + ")";
        }
    }

    /** A date is filled in. */
    record Present(Field field) implements Cond {
        public RowPredicate compile() {
            int i = field.ordinal();
            return row -> row[i] != 0;
        }

        public String toSql() {
            return field.column() + " IS NOT NULL";
        }
    }

    /** A count is above zero. */
    record Positive(Field field) implements Cond {
        public RowPredicate compile() {
            int i = field.ordinal();
            return row -> row[i] > 0;
        }

        public String toSql() {
            return field.column() + " > 0";
        }
    }

    /** Date a is on or before date b; both present. */
    record NotAfter(Field a, Field b) implements Cond {
        public RowPredicate compile() {
            int i = a.ordinal(), j = b.ordinal();
            return row -> row[i] != 0 && row[j] != 0 && row[i] <= row[j];
        }

        public String toSql() {
            return a.column() + " <= " + b.column();
        }
    }

    /** Two counts are equal. */
    record SameValue(Field a, Field b) implements Cond {
        public RowPredicate compile() {
            int i = a.ordinal(), j = b.ordinal();
            return row -> row[i] == row[j];
        }

        public String toSql() {
            return a.column() + " = " + b.column();
        }
    }

    /** All of. */
    record And(Cond[] parts) implements Cond {
        public RowPredicate compile() {
            RowPredicate[] ps = Arrays.stream(parts).map(Cond::compile).toArray(RowPredicate[]::new);
            if (ps.length == 2) {
                RowPredicate x = ps[0], y = ps[1];
                return row -> x.test(row) && y.test(row);
            }
            return row -> {
                for (RowPredicate p : ps) {
                    if (!p.test(row)) {
                        return false;
                    }
                }
                return true;
            };
        }

        public String toSql() {
            return Arrays.stream(parts).map(p -> "(" + p.toSql() + ")").collect(Collectors.joining(" AND "));
        }
    }

    /** Any of. */
    record Or(Cond[] parts) implements Cond {
        public RowPredicate compile() {
            RowPredicate[] ps = Arrays.stream(parts).map(Cond::compile).toArray(RowPredicate[]::new);
            return row -> {
                for (RowPredicate p : ps) {
                    if (p.test(row)) {
                        return true;
                    }
                }
                return false;
            };
        }

        public String toSql() {
            return Arrays.stream(parts).map(p -> "(" + p.toSql() + ")").collect(Collectors.joining(" OR "));
        }
    }

    /** Negation; SQL NULLs were excluded by the parts' own tests. */
    record Not(Cond part) implements Cond {
        public RowPredicate compile() {
            RowPredicate p = part.compile();
            return row -> !p.test(row);
        }

        public String toSql() {
            return "NOT COALESCE(" + part.toSql() + ", FALSE)";
        }
    }
}

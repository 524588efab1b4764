package vn.bansao.metrics.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A per-unit quantity summed over dossier records: a sum of terms, each "count of records where C"
 * or "sum of field F over records where C", or the number of distinct procedures among records where C.
 * Numerators and denominators of indicators are measures.
 *
 * <pre>{@code
 * Measure online = Measure.count("online", Cond.eq(Field.CHANNEL, Field.ONLINE));
 * }</pre>
 *
 * @param name     the SQL alias and JSON key
 * @param terms    summed terms (empty for a distinct-procedure measure)
 * @param distinct when not null, the measure counts distinct procedure codes among records matching it
 */
public record Measure(String name, List<Term> terms, Cond distinct) {

    /** One summed term: {@code value} (1 when null) over records matching {@code when}. */
    public record Term(Cond when, Field value) {
    }

    public Measure {
        terms = List.copyOf(terms);
    }

    public static Measure count(String name, Cond when) {
        return new Measure(name, List.of(new Term(when, null)), null);
    }

    public static Measure sum(String name, Field value, Cond when) {
        return new Measure(name, List.of(new Term(when, value)), null);
    }

    public static Measure distinctProcedures(String name, Cond when) {
        return new Measure(name, List.of(), when);
    }

    /** This measure plus another term. */
    public Measure plus(Term t) {
        List<Term> all = new ArrayList<>(terms);
        all.add(t);
        return new Measure(name, all, distinct);
    }

    public boolean isDistinct() {
        return distinct != null;
    }

    /** The SQL aggregate expression. */
    public String toSql() {
        if (distinct != null) {
            return "COUNT(DISTINCT CASE WHEN " + distinct.toSql() + " THEN " + Field.PROCEDURE_CODE.column() + " END)";
        }
        return terms.stream().map(t -> "COALESCE(SUM(CASE WHEN " + t.when().toSql() + " THEN "
                        + (t.value() == null ? "1" : t.value().column()) + " ELSE 0 END), 0)")
                .collect(Collectors.joining(" + "));
    }
}

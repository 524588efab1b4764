package vn.bansao.metrics.definition;

import static vn.bansao.metrics.definition.Cond.and;
import static vn.bansao.metrics.definition.Cond.eq;
import static vn.bansao.metrics.definition.Cond.in;
import static vn.bansao.metrics.definition.Cond.not;
import static vn.bansao.metrics.definition.Cond.notAfter;
import static vn.bansao.metrics.definition.Cond.or;
import static vn.bansao.metrics.definition.Cond.positive;
import static vn.bansao.metrics.definition.Cond.present;
import static vn.bansao.metrics.definition.Cond.sameValue;

import java.util.List;

/**
 * Every dossier measure the indicators use, defined once. The in-memory engine compiles them to
 * predicates, the SQL back-end renders them as aggregates; the index in {@link #ALL} is the slot of the
 * measure in per-unit count arrays.
 *
 * <pre>{@code
 * Measures.ALL.indexOf(Measures.ONLINE)
 * }</pre>
 */
public final class Measures {

    private Measures() {
    }

    private static final Cond FINISHED = present(Field.FINISHED_ON);
    private static final Cond RESULT_DUE = and(FINISHED, eq(Field.RESULT_REQUIRED, 1));

    public static final Measure DOSSIERS = Measure.count("dossiers", Cond.TRUE);
    public static final Measure FINISHED_DOSSIERS = Measure.count("finished", FINISHED);
    /** Finished on or before the due date; a finished dossier without a due date has no deadline to miss. */
    public static final Measure ON_TIME = Measure.count("finished_on_time",
            and(FINISHED, or(not(present(Field.DUE_ON)), notAfter(Field.FINISHED_ON, Field.DUE_ON))));
    public static final Measure ELIGIBLE = Measure.count("full_process_eligible", eq(Field.FULL_PROCESS_ELIGIBLE, 1));
    public static final Measure ONLINE_ELIGIBLE = Measure.count("full_process_online",
            and(eq(Field.FULL_PROCESS_ELIGIBLE, 1), eq(Field.CHANNEL, Field.ONLINE)));
    public static final Measure WITH_FEE = Measure.count("with_fee", eq(Field.HAS_FEE, 1));
    public static final Measure PAID_ONLINE = Measure.count("paid_online",
            and(eq(Field.HAS_FEE, 1), in(Field.PAID_ONLINE, 1, 2)));
    public static final Measure RESULTS_DUE = Measure.count("results_due", RESULT_DUE);
    public static final Measure RESULTS_ELECTRONIC = Measure.count("results_electronic",
            and(RESULT_DUE, eq(Field.RESULT_ELECTRONIC, 1)));
    /**
     * domain.md §5.1: components have files attached and, where the procedure returns a result (and it has
     * been returned), an electronic result is attached too.
     */
    public static final Measure DIGITISED = Measure.count("digitised",
            and(positive(Field.COMPONENTS_TOTAL), sameValue(Field.COMPONENTS_DIGITISED, Field.COMPONENTS_TOTAL),
                    not(and(RESULT_DUE, eq(Field.RESULT_ELECTRONIC, 0)))));
    public static final Measure REUSED = Measure.count("reused_data", eq(Field.REUSED_DATA, 1));
    public static final Measure CITIZEN_STORE = Measure.count("from_citizen_store", eq(Field.FROM_CITIZEN_STORE, 1));
    public static final Measure POPULATION = Measure.count("population_data", eq(Field.POPULATION_DATA, 1));
    public static final Measure COMPLAINTS = Measure.sum("complaints", Field.COMPLAINTS, Cond.TRUE);
    public static final Measure COMPLAINTS_ON_TIME = Measure.sum("complaints_on_time", Field.COMPLAINTS_ON_TIME, Cond.TRUE);
    public static final Measure RATED = Measure.count("rated", in(Field.RATING, Field.SATISFIED, Field.UNSATISFIED));
    public static final Measure SATISFIED = Measure.count("satisfied", eq(Field.RATING, Field.SATISFIED));
    public static final Measure ONLINE = Measure.count("online", eq(Field.CHANNEL, Field.ONLINE));
    public static final Measure COPIES_REQUIRED = Measure.sum("copies_required", Field.COPIES_REQUIRED, Cond.TRUE);
    public static final Measure COPIES_ELECTRONIC = Measure.sum("copies_certified_electronically",
            Field.COPIES_CERTIFIED_ELECTRONICALLY, Cond.TRUE);
    /** Digitisation of components and results (Đắk Lắk): digitised components plus electronic results. */
    public static final Measure DIGITISATION_DONE = Measure.sum("digitisation_done", Field.COMPONENTS_DIGITISED, Cond.TRUE)
            .plus(new Measure.Term(and(RESULT_DUE, eq(Field.RESULT_ELECTRONIC, 1)), null));
    public static final Measure DIGITISATION_DUE = Measure.sum("digitisation_due", Field.COMPONENTS_TOTAL, Cond.TRUE)
            .plus(new Measure.Term(RESULT_DUE, null));
    public static final Measure PROCEDURES = Measure.distinctProcedures("procedures", Cond.TRUE);
    public static final Measure PROCEDURES_ONLINE = Measure.distinctProcedures("procedures_online",
            eq(Field.CHANNEL, Field.ONLINE));

    /** All dossier measures, in slot order. */
    public static final List<Measure> ALL = List.of(DOSSIERS, FINISHED_DOSSIERS, ON_TIME, ELIGIBLE, ONLINE_ELIGIBLE,
            WITH_FEE, PAID_ONLINE, RESULTS_DUE, RESULTS_ELECTRONIC, DIGITISED, REUSED, CITIZEN_STORE, POPULATION,
            COMPLAINTS, COMPLAINTS_ON_TIME, RATED, SATISFIED, ONLINE, COPIES_REQUIRED, COPIES_ELECTRONIC,
            DIGITISATION_DONE, DIGITISATION_DUE, PROCEDURES, PROCEDURES_ONLINE);

    // Unit measures: from the unit catalogue and the certification records, not from dossiers.
    /** Copy certifications recorded by the unit. */
    public static final String CERTIFICATIONS = "certifications";
    /** Of which electronic. */
    public static final String CERTIFICATIONS_ELECTRONIC = "certifications_electronic";
    /** 1 for a district or commune unit (the units expected to certify). */
    public static final String CERTIFYING_UNITS = "certifying_units";
    /** 1 when such a unit made at least one electronic certification in the period. */
    public static final String UNITS_OFFERING_E_CERTIFICATION = "units_offering_e_certification";
    /** 1 for a commune. */
    public static final String COMMUNES = "communes";
    /** 1 for a commune that made at least one electronic certification. */
    public static final String COMMUNES_OFFERING_E_CERTIFICATION = "communes_offering_e_certification";

    /** Unit measure names, in slot order after {@link #ALL}. */
    public static final List<String> UNIT_MEASURES = List.of(CERTIFICATIONS, CERTIFICATIONS_ELECTRONIC,
            CERTIFYING_UNITS, UNITS_OFFERING_E_CERTIFICATION, COMMUNES, COMMUNES_OFFERING_E_CERTIFICATION);

    /** Slot of a measure (dossier or unit) by name. */
    public static int slot(String name) {
        for (int i = 0; i < ALL.size(); i++) {
            if (ALL.get(i).name().equals(name)) {
                return i;
            }
        }
        int u = UNIT_MEASURES.indexOf(name);
        if (u < 0) {
            throw new IllegalArgumentException("unknown measure " + name);
        }
        return ALL.size() + u;
    }

    /** Total number of slots (dossier and unit measures). */
    public static int slots() {
        return ALL.size() + UNIT_MEASURES.size();
    }
}

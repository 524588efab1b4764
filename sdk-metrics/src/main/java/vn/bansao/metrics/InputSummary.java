package vn.bansao.metrics;

import java.util.List;

/**
 * What was read: rows, skipped rows with the first problems kept, catalogue sizes.
 *
 * <pre>{@code
 * report.input().rowsSkipped()
 * }</pre>
 *
 * @param source          dossier source (file name or "jdbc")
 * @param rowsAccepted    well-formed dossier rows (in any period or not)
 * @param rowsSkipped     malformed rows skipped (dossiers, catalogues and certifications)
 * @param problems        the first malformed rows, with line and reason
 * @param units           units known (catalogue and rows)
 * @param certifications  certification records read
 * @param proceduresFull  catalogue procedures offered full-process online
 * @param proceduresPartial catalogue procedures offered partly online
 * @param proceduresNone  catalogue procedures not online
 */
public record InputSummary(String source, long rowsAccepted, long rowsSkipped, List<RowProblem> problems, int units,
                           long certifications, int proceduresFull, int proceduresPartial, int proceduresNone) {
}

package vn.bansao.metrics.internal;

import java.util.List;

/**
 * What a back-end (in-memory scan or SQL) hands to the report: per period, per unit, the value of every
 * dossier measure, plus each unit's level and group as seen in its rows.
 *
 * @param units  unit codes; index i keys {@code counts[p][i * Accumulator.M + slot]}
 * @param levels level ordinal per unit, -1 when no row said
 * @param groups group per unit, null when no row said
 * @param counts per period
 */
public record DossierTotals(List<String> units, int[] levels, String[] groups, long[][] counts) {
}

package vn.bansao.metrics.input;

import java.util.Optional;
import vn.bansao.metrics.UnitLevel;

/**
 * One line of the unit catalogue.
 *
 * <pre>{@code
 * new UnitInfo("000.21.31.H56", "UBND phường 1", UnitLevel.COMMUNE, Optional.of("ward"), Optional.of("000.00.31.H56"))
 * }</pre>
 *
 * @param code   agency code (as in dossier records)
 * @param name   display name
 * @param level  level
 * @param group  group used by plans (e.g. Mỹ Tho's ward tiers)
 * @param parent code of the managing unit
 */
public record UnitInfo(String code, String name, UnitLevel level, Optional<String> group, Optional<String> parent) {
}

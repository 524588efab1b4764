package vn.bansao.core.codes;

import java.util.HashMap;
import java.util.Map;

/**
 * Old agency codes closed by the 2025 province and commune mergers, mapped to the codes that replaced them,
 * so that dossiers and registers from before a merger still resolve to a live agency.
 *
 * <p>No table ships by default: the mapping is published per province and changes over time, so the integrator
 * loads it (for example from a properties file of {@code old=new} lines). Chains are followed; cycles are refused.
 *
 * <pre>{@code
 * AgencyCodeAliases aliases = AgencyCodeAliases.of(Map.of("000.00.00.H55", "000.00.00.H56"));
 * aliases.resolve(AgencyCode.parse("000.00.00.H55")); // 000.00.00.H56
 * }</pre>
 */
public final class AgencyCodeAliases {

    private final Map<String, AgencyCode> replacedBy;

    private AgencyCodeAliases(Map<String, AgencyCode> replacedBy) {
        this.replacedBy = Map.copyOf(replacedBy);
    }

    /** No aliases: every code resolves to itself. */
    public static AgencyCodeAliases none() {
        return new AgencyCodeAliases(Map.of());
    }

    /** Builds the table from {@code old code → new code}; both sides are validated, cycles are refused. */
    public static AgencyCodeAliases of(Map<String, String> oldToNew) {
        Map<String, AgencyCode> table = new HashMap<>();
        oldToNew.forEach((from, to) -> table.put(AgencyCode.parse(from).value(), AgencyCode.parse(to)));
        AgencyCodeAliases aliases = new AgencyCodeAliases(table);
        table.keySet().forEach(code -> aliases.resolve(AgencyCode.parse(code)));
        return aliases;
    }

    /** The live code for {@code code}: itself when it was never replaced. */
    public AgencyCode resolve(AgencyCode code) {
        AgencyCode current = code;
        for (int hops = 0; hops <= replacedBy.size(); hops++) {
            AgencyCode next = replacedBy.get(current.value());
            if (next == null) {
                return current;
            }
            current = next;
        }
        throw new InvalidCodeException("Bảng mã cơ quan thay thế", "agency alias table", code.value(),
                "có vòng lặp", "contains a cycle");
    }

    /** How many old codes the table knows. */
    public int size() {
        return replacedBy.size();
    }
}

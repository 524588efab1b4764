package vn.bansao.metrics.input;

/**
 * One line of the procedure catalogue (Cao Bằng's review: which procedures are offered online at which level).
 *
 * <pre>{@code
 * new ProcedureInfo("2.000815", OnlineLevel.FULL, true)
 * }</pre>
 *
 * @param code   procedure code
 * @param online online level (Decree 42/2022: full-process, partial, none)
 * @param hasFee whether the procedure charges a fee
 */
public record ProcedureInfo(String code, OnlineLevel online, boolean hasFee) {

    /** Online service level since Decree 42/2022 (old levels 4, 3, 1–2). */
    public enum OnlineLevel {
        /** toàn trình (old level 4 with online payment, level 3) */
        FULL,
        /** một phần */
        PARTIAL,
        /** not online */
        NONE
    }
}

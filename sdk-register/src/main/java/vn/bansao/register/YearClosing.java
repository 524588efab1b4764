package vn.bansao.register;

/**
 * The closing of one register (body, type) for one year: its total, written as a log row.
 *
 * <pre>{@code
 * for (YearClosing c : register.closeYear(2026, signer)) System.out.println(c.statement());
 * }</pre>
 *
 * @param agencyCode   the body
 * @param registerType the register type
 * @param year         the closed year
 * @param total        numbers allocated in the year (last sequence number)
 * @param voided       of which void
 * @param leafIndex    the closing row's position in the log
 * @param statement    the closing statement (note text)
 * @param signedNote   the statement signed as a C2SP note, or "" when closed without a key
 */
public record YearClosing(String agencyCode, String registerType, int year, long total, long voided, long leafIndex,
                          String statement, String signedNote) {
}

package vn.bansao.register.internal.export;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.bansao.register.RecordKind;
import vn.bansao.register.RegisterEntry;
import vn.bansao.register.internal.log.EntryFolder;
import vn.bansao.register.spi.LogRow;

/**
 * One year of the register as the book prints it: the entries, and per register (body, type) its totals,
 * its closing line and the corrections recorded after the closing. The totals of a closed register are
 * those at its closing (from the rows before the closing row), so they always agree with the closing
 * line; a correction made later is listed beside it instead of silently changing them.
 *
 * <pre>{@code
 * RegisterBook book = RegisterBook.of(store.rowsForYear(2026, "", ""), 2026, "UBND phường Hải Châu");
 * RegisterCsv.write(book, out);
 * }</pre>
 *
 * @param year        the year
 * @param agencyName  the body's name ("" when not configured)
 * @param agencyCodes the bodies' codes found in the year
 * @param entries     every entry, in number order, as it stands now
 * @param footer      totals, closing lines and post-closing corrections, in print order
 */
public record RegisterBook(int year, String agencyName, List<String> agencyCodes, List<RegisterEntry> entries,
                           List<String> footer) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Builds the book from the year's rows in log order. */
    public static RegisterBook of(List<LogRow> rows, int year, String agencyName) {
        Map<String, List<LogRow>> bySeries = new LinkedHashMap<>();
        for (LogRow r : rows) {
            bySeries.computeIfAbsent(r.agencyCode() + "\u0000" + r.registerType(), k -> new ArrayList<>()).add(r);
        }
        List<String> codes = new ArrayList<>();
        List<String> footer = new ArrayList<>();
        boolean several = bySeries.size() > 1;
        for (List<LogRow> series : bySeries.values()) {
            LogRow head = series.get(0);
            if (!codes.contains(head.agencyCode())) {
                codes.add(head.agencyCode());
            }
            LogRow closing = series.stream().filter(r -> r.kind() == RecordKind.YEAR_CLOSING).findFirst().orElse(null);
            List<RegisterEntry> atClosing = EntryFolder.foldAll(closing == null ? series
                    : series.stream().filter(r -> r.leafIndex() < closing.leafIndex()).toList());
            String label = several ? " (" + head.agencyCode() + ", sổ " + head.registerType() + ")" : "";
            RegisterColumns.Totals totals = RegisterColumns.Totals.of(atClosing);
            footer.add(totals.vietnamese(year, label, closing != null));
            if (closing != null) {
                footer.add("Khóa sổ" + label + " ngày " + closing.date().format(DATE) + ": " + closing.notes());
                for (LogRow r : series) {
                    if (r.kind() == RecordKind.CORRECTION && r.leafIndex() > closing.leafIndex()) {
                        footer.add("Đính chính sau khóa sổ (dòng " + r.leafIndex() + "): số " + r.sequence() + ", Quyển số "
                                + String.format("%02d/%d-%s", r.book(), r.year(), r.registerType()) + " — "
                                + (r.notes().isEmpty() ? "không ghi lý do" : r.notes()));
                    }
                }
            }
        }
        return new RegisterBook(year, agencyName, codes, EntryFolder.foldAll(rows), footer);
    }
}

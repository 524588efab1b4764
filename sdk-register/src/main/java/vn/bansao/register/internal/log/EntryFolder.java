package vn.bansao.register.internal.log;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.register.CertificationNumber;
import vn.bansao.register.EntryDraft;
import vn.bansao.register.LogRecord;
import vn.bansao.register.RecordKind;
import vn.bansao.register.RegisterEntry;
import vn.bansao.register.spi.LogRow;
import vn.bansao.transparency.lookup.EntryStatus;

/**
 * Folds the log rows about a number (allocation, completion, corrections, void) into its current state.
 *
 * <pre>{@code
 * Optional<RegisterEntry> e = EntryFolder.fold(store.rowsForNumber(agency, type, 2026, 123));
 * }</pre>
 */
public final class EntryFolder {

    private EntryFolder() {
    }

    /** The entry for rows about one number (in log order); empty when no row allocated it. */
    public static Optional<RegisterEntry> fold(List<LogRow> rows) {
        LogRow first = null;
        EntryDraft details = null;
        EntryStatus status = null;
        String signed = "";
        String voidReason = "";
        List<LogRecord> records = new ArrayList<>();
        for (LogRow r : rows) {
            if (r.kind() == RecordKind.YEAR_CLOSING) {
                continue;
            }
            if (first == null) {
                if (!r.allocatesNumber()) {
                    continue; // an annotation without its allocation: reported by verify, not shown
                }
                first = r;
                details = details(r);
                status = r.kind() == RecordKind.CERTIFICATION ? EntryStatus.CERTIFIED : EntryStatus.RESERVED;
                signed = r.signedCopySha256();
            } else {
                switch (r.kind()) {
                    case COMPLETION -> {
                        status = EntryStatus.CERTIFIED;
                        signed = r.signedCopySha256();
                    }
                    case CORRECTION -> {
                        details = details(r);
                        if (!r.signedCopySha256().isEmpty()) {
                            signed = r.signedCopySha256();
                        }
                    }
                    case VOID -> {
                        status = EntryStatus.VOID;
                        voidReason = r.notes();
                    }
                    default -> {
                        continue; // a second allocation of the same number: reported by verify
                    }
                }
            }
            records.add(new LogRecord(r.leafIndex(), r.kind(), r.recordedAt(), r.leafHash(), r.notes()));
        }
        if (first == null) {
            return Optional.empty();
        }
        CertificationNumber number = new CertificationNumber(first.agencyCode(), first.registerType(), first.year(),
                first.book(), first.sequence());
        return Optional.of(new RegisterEntry(number, status, details.date().orElse(first.date()), details, signed,
                voidReason, first.leafIndex(), first.leafHash(), records));
    }

    /** Entries of many numbers, from rows of a year in log order, in number order. */
    public static List<RegisterEntry> foldAll(List<LogRow> rows) {
        Map<String, List<LogRow>> byNumber = new LinkedHashMap<>();
        for (LogRow r : rows) {
            if (r.kind() != RecordKind.YEAR_CLOSING) {
                byNumber.computeIfAbsent(r.agencyCode() + "\u0000" + r.registerType() + "\u0000" + r.year() + "\u0000"
                        + r.sequence(), k -> new ArrayList<>()).add(r);
            }
        }
        List<RegisterEntry> out = new ArrayList<>();
        for (List<LogRow> group : byNumber.values()) {
            fold(group).ifPresent(out::add);
        }
        out.sort(java.util.Comparator.comparing((RegisterEntry e) -> e.number().agencyCode())
                .thenComparing(e -> e.number().registerType())
                .thenComparingInt(e -> e.number().year())
                .thenComparingLong(e -> e.number().sequence()));
        return out;
    }

    static EntryDraft details(LogRow r) {
        return new EntryDraft(r.agencyCode(), r.registerType(), r.book(), Optional.ofNullable(r.date()),
                r.requesterName(), r.requesterId(), r.documentTitle(), r.documentIssuer(), r.documentNumber(),
                documentDate(r.documentDate()), Math.max(1, r.pages()), Math.max(1, r.copies()), r.certifierName(),
                r.certifierTitle(), OptionalLong.of(r.fee()), kind(r.copyKind()), r.unsignedPackageSha256(),
                r.signedCopySha256(), r.scanDigest(), r.notes());
    }

    private static CertificationKind kind(String s) {
        try {
            return CertificationKind.valueOf(s);
        } catch (IllegalArgumentException e) {
            return CertificationKind.FROM_ORIGINAL;
        }
    }

    /**
     * The row's document date: ISO since the entry API took a {@code LocalDate}; a row written before in another
     * form (e.g. {@code 30/06/2020}) is read as such, and free text that is no date shows none (the log row, and
     * its leaf hash, keep it as written).
     */
    private static Optional<LocalDate> documentDate(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(EntryDraft.documentDateOf(written));
        } catch (IllegalArgumentException free) {
            return Optional.empty();
        }
    }
}

package vn.bansao.register;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import vn.bansao.common.LocalizedText;
import vn.bansao.register.internal.RegisterText;
import vn.bansao.core.codes.AgencyCode;
import vn.bansao.core.codes.InvalidCodeException;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.core.facts.InvalidFactsException;
import vn.bansao.register.internal.export.RegisterBook;
import vn.bansao.register.internal.export.RegisterCsv;
import vn.bansao.register.internal.export.RegisterPdf;
import vn.bansao.register.internal.jdbc.JdbcRegisterStore;
import vn.bansao.register.internal.log.CanonicalLeaf;
import vn.bansao.register.internal.log.EntryFolder;
import vn.bansao.register.internal.log.LogAppender;
import vn.bansao.register.internal.log.LogVerifier;
import vn.bansao.register.internal.numbering.NumberAllocator;
import vn.bansao.register.spi.LogRow;
import vn.bansao.register.spi.RegisterStore;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.transparency.checkpoint.ConsistencyProof;
import vn.bansao.transparency.checkpoint.InclusionProof;
import vn.bansao.transparency.checkpoint.SignedCheckpoint;
import vn.bansao.transparency.lookup.EntryStatus;
import vn.bansao.transparency.merkle.MerkleProofException;
import vn.bansao.transparency.merkle.MerkleTree;
import vn.bansao.transparency.merkle.NodeSource;
import vn.bansao.transparency.note.NoteSigner;
import vn.bansao.transparency.note.NoteVerifier;

/**
 * The certification register (sổ chứng thực): gapless yearly numbering and an append-only,
 * tamper-evident log (RFC 6962 Merkle tree, signed C2SP checkpoints) in an embedded H2 file or
 * PostgreSQL. Thread-safe; several processes and servers may share one database.
 *
 * <pre>{@code
 * try (CertificationRegister register = CertificationRegister.open("register.mv.db")) {
 *     RegisterEntry e = register.certify(draft);                 // one step
 *     e.number().format();                                       // "1, Quyển số 01/2026-SCT/BS"
 *     RegisterEntry f = register.certify(draft, n -> sign(n));   // two-phase: void on failure
 *     SignedCheckpoint cp = register.checkpoint(signer);
 *     LogVerification v = register.verify();
 * }
 * }</pre>
 */
public final class CertificationRegister implements AutoCloseable {

    private static final HexFormat HEX = HexFormat.of();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CertificationRegister.class);
    private static final java.time.format.DateTimeFormatter VN_DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final RegisterConfig config;
    private final RegisterStore store;

    private CertificationRegister(RegisterConfig config, RegisterStore store) {
        this.config = config;
        this.store = store;
    }

    /** Opens (creating if needed) the register at an H2 file path or a {@code jdbc:} URL, with defaults. */
    public static CertificationRegister open(String location) {
        return open(RegisterConfig.builder(location).build());
    }

    /**
     * Opens (creating or upgrading the {@code bansao_*} tables if needed) the register in the caller's data
     * source, with defaults; the data source stays the caller's and is not closed with the register. For other
     * options use {@link RegisterConfig#builder(DataSource)}.
     */
    public static CertificationRegister open(DataSource dataSource) {
        return open(RegisterConfig.builder(dataSource).build());
    }

    /** Opens the register described by {@code config}. */
    public static CertificationRegister open(RegisterConfig config) {
        RegisterStore store = config.dataSource().isPresent()
                ? JdbcRegisterStore.open(config.dataSource().get(), config.origin())
                : JdbcRegisterStore.open(config.jdbcUrl(), config.user(), config.password(), config.pool(),
                        config.origin());
        return new CertificationRegister(config, store);
    }

    /** Opens a register over a custom {@link RegisterStore}. */
    public static CertificationRegister open(RegisterConfig config, RegisterStore store) {
        return new CertificationRegister(config, store);
    }

    /** The configuration. */
    public RegisterConfig config() {
        return config;
    }

    /** The log's origin (first line of its checkpoints). */
    public String origin() {
        return store.origin();
    }

    /** Today in the register's zone (Asia/Ho_Chi_Minh): the certification date the register assigns. */
    public LocalDate today() {
        return LocalDate.now(config.clock().withZone(config.zone()));
    }

    /** Number of rows in the log. */
    public long treeSize() {
        return store.head().size();
    }

    // ------------------------------------------------------------------ numbering and appends

    /** Allocates the next number and records the certification (status CERTIFIED), in one transaction. */
    public RegisterEntry certify(EntryDraft draft) {
        return allocate(draft, RecordKind.CERTIFICATION);
    }

    /**
     * Two-phase certification: allocates the number (status RESERVED), runs {@code work} with it, then
     * records the completion with the signed copy's hash. If {@code work} fails, the number is voided
     * with the failure as reason and the failure is rethrown: a number is never left as a hole.
     */
    public RegisterEntry certify(EntryDraft draft, CertificationWork work) {
        RegisterEntry reserved = reserve(draft);
        String signedSha256;
        try {
            signedSha256 = work.run(reserved.number());
        } catch (Exception | Error e) {
            // the void reason stays in the register for good: both languages, as the SDK's errors give them
            String why = e instanceof vn.bansao.common.BansaoException b ? b.bilingualMessage()
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            String reason = "Chứng thực thất bại / certification failed: " + why;
            try {
                voidEntry(reserved.number(), reason.length() > 1000 ? reason.substring(0, 1000) : reason);
            } catch (RuntimeException voidFailure) {
                e.addSuppressed(voidFailure); // stays RESERVED: visible in list, voidable later
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            if (e instanceof Error err) {
                throw err;
            }
            throw new RegisterException(LocalizedText.of(RegisterText.CERTIFICATION_FAILED_NUMBER_VOIDED), e);
        }
        // the date on the copy and in the register is the reservation's: signing must end on that day
        if (!config.importMode() && !today().equals(reserved.date())) {
            String reason = "Ký xong sau ngày chứng thực " + reserved.date().format(VN_DATE) + " / signing ended after"
                    + " the certification day " + reserved.date();
            voidEntry(reserved.number(), reason);
            throw new RegisterException(

                            LocalizedText.of(RegisterText.NUMBER_VOIDED_SIGNED_TOO_LATE, reserved.number().format(), reason.split(" / ")[0]), null);
        }
        return complete(reserved.number(), signedSha256);
    }

    /** Allocates the next number as RESERVED (first phase); follow with {@link #complete} or {@link #voidEntry}. */
    public RegisterEntry reserve(EntryDraft draft) {
        return allocate(draft, RecordKind.RESERVATION);
    }

    /** Completes a RESERVED entry with the signed copy's hex SHA-256. */
    public RegisterEntry complete(CertificationNumber number, String signedCopySha256) {
        String sha = EntryDraft.sha256Hex("signedCopySha256", signedCopySha256);
        if (sha.isEmpty()) {
            throw new IllegalArgumentException("Thiếu SHA-256 của bản sao đã ký / signedCopySha256 is required");
        }
        return annotate(number, RecordKind.COMPLETION, current -> {
            if (current.status() != EntryStatus.RESERVED) {
                throw new RegisterException(
                        LocalizedText.of(RegisterText.NUMBER_NOT_RESERVED, number.format(), current.status()), null);
            }
            return emptyRow(current, RecordKind.COMPLETION, "", sha);
        });
    }

    /** Voids a number with a reason; it is never reused. */
    public RegisterEntry voidEntry(CertificationNumber number, String reason) {
        String r = EntryDraft.nfc(reason);
        if (r.isEmpty()) {
            throw new IllegalArgumentException("Phải ghi lý do hủy / a reason is required to void an entry");
        }
        return annotate(number, RecordKind.VOID, current -> {
            if (current.status() == EntryStatus.VOID) {
                throw new RegisterException(LocalizedText.of(RegisterText.NUMBER_ALREADY_VOID, number.format()), null);
            }
            return emptyRow(current, RecordKind.VOID, r, "");
        });
    }

    /** Records corrected details for a number (a new row referencing it; the number stays). */
    public RegisterEntry correct(CertificationNumber number, EntryDraft corrected) {
        return correctRow(number, corrected);
    }

    /**
     * As {@link #correct(CertificationNumber, EntryDraft)}, with the reason written into the notes column
     * ("Đính chính: reason"). Allowed after the year is closed: the correction is then a new row that the
     * export lists beside the closing line, and the closing totals stay as signed.
     */
    public RegisterEntry correct(CertificationNumber number, EntryDraft corrected, String reason) {
        String r = EntryDraft.nfc(reason);
        if (r.isEmpty()) {
            throw new IllegalArgumentException("Phải ghi lý do đính chính / a reason is required to correct an entry");
        }
        String notes = corrected.notes().isEmpty() ? "Đính chính: " + r : corrected.notes() + "; Đính chính: " + r;
        return correctRow(number, corrected.toBuilder().notes(notes).build());
    }

    private RegisterEntry correctRow(CertificationNumber number, EntryDraft corrected) {
        requireScheduleFee(corrected);
        return annotate(number, RecordKind.CORRECTION, current -> {
            if (current.status() == EntryStatus.VOID) {
                throw new RegisterException(
                        LocalizedText.of(RegisterText.CANNOT_CORRECT_VOID_NUMBER, number.format()), null);
            }
            LogRow base = contentRow(corrected, number.agencyCode(), number.registerType(), number.year(),
                    number.book(), number.sequence(), current.date(), RecordKind.CORRECTION);
            return withRef(base, current.leafIndex());
        });
    }

    private RegisterEntry allocate(EntryDraft draft, RecordKind kind) {
        String agency = !draft.agencyCode().isEmpty() ? draft.agencyCode() : config.agencyCode();
        if (agency.isEmpty()) {
            throw new IllegalArgumentException("Thiếu mã cơ quan chứng thực / the entry has no agency code and the"
                    + " register no default");
        }
        try {
            AgencyCode.parse(agency); // QCVN 102:2016 or Decision 20/2020: a number is never given to a malformed body
        } catch (InvalidCodeException e) {
            throw new InvalidFactsException("agencyCode", e.getMessage(), e);
        }
        String type = !draft.registerType().isEmpty() ? draft.registerType()
                : config.registerTypeFor(draft.kind());
        checkTypeOfKind(type, draft.kind());
        requireScheduleFee(draft);
        int book = draft.book() > 0 ? draft.book() : config.book();
        LocalDate today = today();
        LocalDate date = draft.date().orElse(today);
        EntryDraft d = draft;
        if (date.isAfter(today)) {
            throw new RegisterException(

                            LocalizedText.of(RegisterText.DATE_IN_FUTURE, date.format(VN_DATE), today.format(VN_DATE), date, today), null);
        }
        if (config.importMode()) {
            String reason = config.importReason().orElseThrow();
            LOG.warn("register import mode ({}): entry dated {} recorded for {} {}", reason, date, agency, type);
            String mark = "Nhập từ sổ giấy: " + reason;
            d = draft.toBuilder().notes(draft.notes().isEmpty() ? mark : draft.notes() + "; " + mark).build();
        } else if (!date.equals(today)) {
            throw new RegisterException(

                            LocalizedText.of(RegisterText.DATE_ASSIGNED_BY_REGISTER, today.format(VN_DATE), date.format(VN_DATE), today, date), null);
        }
        EntryDraft content = d;
        int year = date.getYear();
        LogRow row = store.inAppendTransaction(tx -> {
            long seq = NumberAllocator.next(tx, agency, type, year);
            if (seq > 1) {
                // dates never go backwards within a series (an import, or a clock set back)
                tx.rowsForNumber(agency, type, year, seq - 1).stream().filter(LogRow::allocatesNumber).findFirst()
                        .filter(prev -> prev.date() != null && date.isBefore(prev.date()))
                        .ifPresent(prev -> {
                            throw new RegisterException(

                                            LocalizedText.of(RegisterText.DATE_BEFORE_PREVIOUS_NUMBER, date.format(VN_DATE), (seq - 1), prev.date().format(VN_DATE), date, prev.date()), null);
                        });
            }
            LogRow r = contentRow(content, agency, type, year, book, seq, date, kind);
            return LogAppender.append(tx, at(r, tx.treeSize()));
        });
        return EntryFolder.fold(List.of(row)).orElseThrow();
    }

    /** A stated fee must be the schedule's (Circular 226/2016 by default) for the pages and copies. */
    private void requireScheduleFee(EntryDraft d) {
        if (d.fee().isPresent()) {
            config.feeSchedule().requireMatches(d.fee().getAsLong(), d.pages(), d.copies());
        }
    }

    /** A copy from the master register has a register of its own; a certification is never numbered in it. */
    private void checkTypeOfKind(String type, CertificationKind kind) {
        boolean master = kind == CertificationKind.FROM_MASTER_REGISTER;
        if (master && (type.equals(config.registerType()) || type.startsWith("SCT"))) {
            throw new IllegalArgumentException("Bản sao cấp từ sổ gốc không vào sổ chứng thực " + type + " (dùng "
                    + config.masterRegisterType() + ") / a copy issued from the master register is not numbered in the"
                    + " certification register " + type + " (use " + config.masterRegisterType() + ")");
        }
        if (!master && type.equals(config.masterRegisterType())) {
            throw new IllegalArgumentException("Chứng thực từ bản chính không vào sổ cấp bản sao từ sổ gốc " + type
                    + " / a certification from an original is not numbered in the master-register copies register "
                    + type);
        }
    }

    private interface Annotation {
        LogRow row(RegisterEntry current);
    }

    private RegisterEntry annotate(CertificationNumber number, RecordKind kind, Annotation annotation) {
        List<LogRow> after = store.inAppendTransaction(tx -> {
            List<LogRow> rows = tx.rowsForNumber(number.agencyCode(), number.registerType(), number.year(),
                    number.sequence());
            RegisterEntry current = EntryFolder.fold(rows).orElseThrow(() -> new RegisterException(
                    LocalizedText.of(RegisterText.NUMBER_NOT_IN_REGISTER, number.format()), null));
            // after closing, a year takes no void and no completion (its totals are final); a correction is a new
            // row referencing the entry, shown beside the closing line by the export
            if (kind != RecordKind.CORRECTION
                    && tx.yearClosed(number.agencyCode(), number.registerType(), number.year())) {
                throw new RegisterException(

                                LocalizedText.of(RegisterText.YEAR_CLOSED_NUMBER_FROZEN, number.year(), number.format()), null);
            }
            LogRow appended = LogAppender.append(tx, at(annotation.row(current), tx.treeSize()));
            List<LogRow> all = new ArrayList<>(rows);
            all.add(appended);
            return all;
        });
        return EntryFolder.fold(after).orElseThrow();
    }

    private LogRow contentRow(EntryDraft d, String agency, String type, int year, int book, long seq, LocalDate date,
                              RecordKind kind) {
        long fee = d.fee().isPresent() ? d.fee().getAsLong() : config.feeSchedule().feeFor(d.pages(), d.copies());
        return new LogRow(0, kind, agency, type, year, book, seq, -1, date, d.requesterName(), d.requesterId(),
                d.documentTitle(), d.documentIssuer(), d.documentNumber(), d.documentDate().map(LocalDate::toString).orElse(""),
                d.pages(), d.copies(), d.certifierName(), d.certifierTitle(), fee, d.kind().name(), d.unsignedPackageSha256(),
                d.signedCopySha256(), d.scanDigest(), d.notes(), "", now(), "", "");
    }

    private LogRow emptyRow(RegisterEntry current, RecordKind kind, String notes, String signedSha) {
        CertificationNumber n = current.number();
        return new LogRow(0, kind, n.agencyCode(), n.registerType(), n.year(), n.book(), n.sequence(),
                current.leafIndex(), current.date(), "", "", "", "", "", "", 0, 0, "", "", 0, "", "", signedSha, notes,
                "", now(), "", "");
    }

    private String now() {
        return config.clock().instant().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static LogRow at(LogRow r, long leafIndex) {
        return r.atLeafIndex(leafIndex);
    }

    private static LogRow withRef(LogRow r, long ref) {
        return r.withRefLeaf(ref);
    }

    // ------------------------------------------------------------------ reads

    /** The entry with sequence {@code sequence} of {@code year} in the default body and register type. */
    public Optional<RegisterEntry> find(int year, long sequence) {
        if (config.agencyCode().isEmpty()) {
            List<RegisterEntry> matches = list(RegisterQuery.year(year).withRegisterType(config.registerType())).stream()
                    .filter(e -> e.number().sequence() == sequence).toList();
            return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
        }
        return find(config.agencyCode(), config.registerType(), year, sequence);
    }

    /** The entry with this number. */
    public Optional<RegisterEntry> find(CertificationNumber number) {
        return find(number.agencyCode(), number.registerType(), number.year(), number.sequence());
    }

    /** The entry of (body, register type, year, sequence). */
    public Optional<RegisterEntry> find(String agencyCode, String registerType, int year, long sequence) {
        return EntryFolder.fold(store.rowsForNumber(agencyCode, registerType, year, sequence));
    }

    /** Entries matching {@code query}, in number order. */
    public List<RegisterEntry> list(RegisterQuery query) {
        return EntryFolder.foldAll(store.rowsForYear(query.year(), query.agencyCode(), query.registerType())).stream()
                .filter(e -> query.status().map(s -> s == e.status()).orElse(true))
                .toList();
    }

    // ------------------------------------------------------------------ year closing

    /** Closes every register (body, type) having entries in {@code year}, signing each statement when {@code signer} is given. */
    public List<YearClosing> closeYear(int year, Optional<NoteSigner> signer) {
        checkYearEnded(year);
        List<String[]> seriesList = new ArrayList<>();
        for (RegisterEntry e : list(RegisterQuery.year(year))) {
            String[] k = {e.number().agencyCode(), e.number().registerType()};
            if (seriesList.stream().noneMatch(s -> s[0].equals(k[0]) && s[1].equals(k[1]))) {
                seriesList.add(k);
            }
        }
        List<YearClosing> out = new ArrayList<>();
        for (String[] s : seriesList) {
            out.add(closeYear(s[0], s[1], year, signer));
        }
        return out;
    }

    /** Closes one register for {@code year}: writes its total as a (signed) row; no number is allocated after. */
    public YearClosing closeYear(String agencyCode, String registerType, int year, Optional<NoteSigner> signer) {
        checkYearEnded(year);
        LogRow row = store.inAppendTransaction(tx -> {
            if (tx.yearClosed(agencyCode, registerType, year)) {
                throw new RegisterException(LocalizedText.of(RegisterText.YEAR_ALREADY_CLOSED, year), null);
            }
            long total = tx.maxSequence(agencyCode, registerType, year);
            List<RegisterEntry> entries = new ArrayList<>();
            for (long seq = 1; seq <= total; seq++) {
                EntryFolder.fold(tx.rowsForNumber(agencyCode, registerType, year, seq)).ifPresent(entries::add);
            }
            long reserved = entries.stream().filter(e -> e.status() == EntryStatus.RESERVED).count();
            if (reserved > 0) {
                throw new RegisterException(LocalizedText.of(RegisterText.ENTRIES_STILL_RESERVED, reserved), null);
            }
            long voided = entries.stream().filter(e -> e.status() == EntryStatus.VOID).count();
            String rootB64 = java.util.Base64.getEncoder().encodeToString(
                    vn.bansao.transparency.merkle.CompactRange.fromFrontier(tx.treeSize(), tx.frontier()).root());
            String statement = store.origin() + "\n"
                    + "Khóa sổ / year closing\n"
                    + "agency " + agencyCode + "\n"
                    + "type " + registerType + "\n"
                    + "year " + year + "\n"
                    + "total " + total + "\n"
                    + "void " + voided + "\n"
                    + "tree " + tx.treeSize() + " " + rootB64 + "\n";
            String note = signer.map(s -> s.sign(statement)).orElse("");
            LocalDate today = LocalDate.now(config.clock().withZone(config.zone()));
            LogRow r = new LogRow(tx.treeSize(), RecordKind.YEAR_CLOSING, agencyCode, registerType, year, 1, 0, -1,
                    today, "", "", "", "", "", "", 0, 0, "", "", 0, "", "", "", "Khóa sổ năm " + year + ": tổng số "
                    + total + " việc chứng thực (" + voided + " số bị hủy) / closed with " + total + " entries ("
                    + voided + " void)", note.isEmpty() ? statement : note, now(), "", "");
            return LogAppender.append(tx, r);
        });
        String att = row.attestation();
        String statement = att.contains("\n\n") ? att.substring(0, att.lastIndexOf("\n\n") + 1) : att;
        long total = Long.parseLong(statement.lines().filter(l -> l.startsWith("total ")).findFirst().orElse("total 0")
                .substring(6));
        long voided = Long.parseLong(statement.lines().filter(l -> l.startsWith("void ")).findFirst().orElse("void 0")
                .substring(5));
        signer.ifPresent(s -> store.addVerifierKey(s.verifier().verifierKey()));
        return new YearClosing(agencyCode, registerType, year, total, voided, row.leafIndex(), statement,
                att.equals(statement) ? "" : att);
    }

    /** A year is closed only once it is over in Vietnam: closing it earlier would block the rest of it for good. */
    private void checkYearEnded(int year) {
        LocalDate today = today();
        if (year >= today.getYear()) {
            throw new RegisterException(

                            LocalizedText.of(RegisterText.YEAR_NOT_ENDED, year, (year + 1), today.format(VN_DATE), today), null);
        }
    }

    // ------------------------------------------------------------------ tamper evidence

    /**
     * Recomputes the whole log and compares it with every stored root and signed checkpoint. Checkpoint
     * signatures are checked with the keys that signed checkpoints in this register (recorded on first
     * use) and any {@code trusted} keys given.
     */
    public LogVerification verify(NoteVerifier... trusted) {
        List<NoteVerifier> keys = new ArrayList<>(List.of(trusted));
        if (trusted.length == 0) {
            for (String vkey : store.verifierKeys()) {
                keys.add(NoteVerifier.parse(vkey));
            }
        }
        return LogVerifier.verify(store, keys);
    }

    /**
     * Verifies the whole log, then signs and stores a checkpoint of the tree it recomputed, with the
     * body's key (recorded as a trusted key). Refuses to sign a log that is not intact: a signature
     * must never vouch for rows edited in the database.
     */
    public SignedCheckpoint checkpoint(NoteSigner signer) {
        LogVerification v = verify();
        if (!v.intact()) {
            throw new RegisterException(

                            LocalizedText.of(RegisterText.LOG_NOT_INTACT, v.findings().size(), v.findings().get(0).message()), null);
        }
        Checkpoint cp = new Checkpoint(store.origin(), v.treeSize(), HEX.parseHex(v.rootHash()));
        String note = signer.sign(cp.body());
        store.addVerifierKey(signer.verifier().verifierKey());
        store.saveCheckpoint(cp.size(), v.rootHash(), note);
        return new SignedCheckpoint(cp, note);
    }

    /** The newest stored signed checkpoint. */
    public Optional<SignedCheckpoint> latestCheckpoint() {
        return store.latestCheckpoint(0).map(c -> SignedCheckpoint.parse(c.signedNote()));
    }

    /**
     * Inclusion proof for the newest row about {@code number} (the one carrying the signed copy's hash
     * when completed), under the newest signed checkpoint covering it, else under the current tree.
     */
    public Optional<InclusionProof> inclusionProof(CertificationNumber number) {
        List<LogRow> rows = store.rowsForNumber(number.agencyCode(), number.registerType(), number.year(),
                number.sequence());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(inclusionProof(rows.get(rows.size() - 1).leafIndex()));
    }

    /**
     * The proofs of every row about {@code number} (its allocation, completion, corrections, void) with a leaf index
     * below {@code treeSize}, in log order, each to the tree of {@code treeSize} (no checkpoint attached: the caller
     * serves the checkpoint of that size). A row whose leaf would publish personal data (a v1 leaf with any private
     * field set, see {@link #publishable(long)}) is listed without its proof. No row: an empty list.
     *
     * <pre>{@code
     * long size = register.latestCheckpoint().orElseThrow().checkpoint().size();
     * List<RowProof> rows = register.inclusionProofs(number, size);
     * }</pre>
     *
     * @throws IllegalArgumentException when {@code treeSize} is not in {@code 1..treeSize()}
     */
    public List<RowProof> inclusionProofs(CertificationNumber number, long treeSize) {
        if (treeSize <= 0 || treeSize > store.head().size()) {
            throw new IllegalArgumentException("Kích thước cây " + treeSize + " không hợp lệ (sổ có " + store.head().size()
                    + " dòng) / tree size " + treeSize + " is not in 1.." + store.head().size());
        }
        List<RowProof> out = new ArrayList<>();
        for (LogRow row : store.rowsForNumber(number.agencyCode(), number.registerType(), number.year(),
                number.sequence())) {
            if (row.leafIndex() >= treeSize) {
                continue;
            }
            out.add(new RowProof(row.leafIndex(), CanonicalLeaf.publishable(row)
                    ? Optional.of(inclusionProof(row.leafIndex(), treeSize)) : Optional.empty()));
        }
        return out;
    }

    /**
     * Whether the canonical leaf of row {@code leafIndex} may be published (served to a remote verifier): a v2
     * leaf always (its personal data is only a salted commitment), a v1 leaf only when all its private fields
     * (requester name and ID, the original document's title, number, issuer and date, notes) are empty.
     *
     * @throws IllegalArgumentException when there is no such row
     */
    public boolean publishable(long leafIndex) {
        List<LogRow> rows = leafIndex < 0 ? List.of() : store.rows(leafIndex, leafIndex + 1);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("Không có dòng " + leafIndex + " / no row " + leafIndex);
        }
        return CanonicalLeaf.publishable(rows.get(0));
    }

    /** Inclusion proof of leaf {@code leafIndex} under the newest signed checkpoint covering it, else the current tree. */
    public InclusionProof inclusionProof(long leafIndex) {
        Optional<RegisterStore.StoredCheckpoint> cp = store.latestCheckpoint(leafIndex + 1);
        long size = cp.map(RegisterStore.StoredCheckpoint::treeSize).orElseGet(() -> store.head().size());
        InclusionProof p = inclusionProof(leafIndex, size);
        return cp.map(c -> p.withCheckpoint(SignedCheckpoint.parse(c.signedNote()))).orElse(p);
    }

    /**
     * Inclusion proof of leaf {@code leafIndex} in the tree of {@code treeSize} (no checkpoint attached). The
     * register never hands out a proof its own store contradicts: a row whose canonical bytes no longer hash to
     * its stored leaf hash, or nodes whose path misses the stored tree's root, are refused.
     */
    public InclusionProof inclusionProof(long leafIndex, long treeSize) {
        if (treeSize > store.head().size() || leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException("Không có dòng " + leafIndex + " trong cây " + treeSize
                    + " / no leaf " + leafIndex + " in a tree of size " + treeSize);
        }
        java.util.Set<MerkleTree.Node> wanted = new java.util.HashSet<>(MerkleTree.nodesForInclusion(leafIndex, treeSize));
        wanted.addAll(MerkleTree.nodesForRoot(treeSize));
        NodeSource nodes = nodeSource(wanted);
        LogRow row = store.rows(leafIndex, leafIndex + 1).get(0);
        byte[] leaf;
        try {
            leaf = CanonicalLeaf.encode(row);
        } catch (IllegalArgumentException e) {
            leaf = new byte[0]; // an unknown leaf version or a salt that does not fit it: edited, refused below
        }
        InclusionProof proof = new InclusionProof(leafIndex, treeSize, leaf,
                MerkleTree.inclusionPath(leafIndex, treeSize, nodes), Optional.empty());
        if (leaf.length == 0 || !java.security.MessageDigest.isEqual(proof.leafHash(), HEX.parseHex(row.leafHash()))) {
            throw new RegisterException("Dòng " + leafIndex + " đã bị sửa trong cơ sở dữ liệu; chạy verify",
                    "row " + leafIndex + " was edited in the database (its bytes no longer match its leaf hash); run verify");
        }
        try {
            if (!java.security.MessageDigest.isEqual(proof.impliedRoot(), MerkleTree.rootHash(treeSize, nodes))) {
                throw new MerkleProofException("path and stored root differ");
            }
        } catch (MerkleProofException e) {
            throw new RegisterException("Các nút cây Merkle không nhất quán; chạy verify",
                    "the stored Merkle nodes are inconsistent (" + e.getMessage() + "); run verify");
        }
        return proof;
    }

    /** Consistency proof between two sizes of the log ({@code 0 < oldSize <= newSize <= treeSize()}). */
    public ConsistencyProof consistencyProof(long oldSize, long newSize) {
        if (oldSize <= 0 || oldSize > newSize || newSize > store.head().size()) {
            throw new IllegalArgumentException("Kích thước không hợp lệ / need 0 < oldSize <= newSize <= tree size");
        }
        NodeSource nodes = nodeSource(MerkleTree.nodesForConsistency(oldSize, newSize));
        return new ConsistencyProof(oldSize, newSize, MerkleTree.consistencyPath(oldSize, newSize, nodes));
    }

    private NodeSource nodeSource(java.util.Set<MerkleTree.Node> wanted) {
        Map<MerkleTree.Node, byte[]> fetched = store.nodes(wanted);
        return (level, index) -> {
            byte[] h = fetched.get(new MerkleTree.Node(level, index));
            if (h == null) {
                throw new RegisterException(LocalizedText.of(RegisterText.MERKLE_NODE_MISSING, level, index), null);
            }
            return h;
        };
    }

    // ------------------------------------------------------------------ export

    /** Writes the year's register as CSV (UTF-8 with BOM for Excel, Vietnamese headers, year totals). */
    public void exportCsv(int year, OutputStream out) throws IOException {
        RegisterCsv.write(book(year), out);
    }

    /** Writes the year's register as a printable PDF (landscape A4, register columns, year totals, DejaVu Sans). */
    public void exportPdf(int year, OutputStream out) throws IOException {
        RegisterPdf.write(book(year), store.origin(), out);
    }

    private RegisterBook book(int year) {
        return RegisterBook.of(store.rowsForYear(year, "", ""), year, config.agencyName());
    }

    @Override
    public void close() {
        store.close();
    }

}

package vn.bansao.register.internal.log;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.bansao.register.LogVerification.Finding;
import vn.bansao.register.LogVerification.Problem;
import vn.bansao.register.LogVerification;
import vn.bansao.register.spi.LogRow;
import vn.bansao.register.spi.RegisterStore;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.transparency.merkle.CompactRange;
import vn.bansao.transparency.merkle.Rfc6962;
import vn.bansao.transparency.note.NoteVerificationException;
import vn.bansao.transparency.note.NoteVerifier;

/**
 * Recomputes the whole log from the rows: every leaf from the row's columns, the tree, every
 * per-row root, the head, and every signed checkpoint; then names each row that was edited,
 * deleted, inserted or moved. Trusts nothing stored except what a signature covers.
 *
 * <pre>{@code
 * LogVerification v = LogVerifier.verify(store, List.of(NoteVerifier.parse(publishedKey)));
 * }</pre>
 */
public final class LogVerifier {

    /** How far a moved row is searched for its original position (rows further away show as edited + out of order). */
    static final int MOVE_WINDOW = 16;
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] MISSING = new byte[Rfc6962.HASH_SIZE];

    private final List<Finding> findings = new ArrayList<>();
    private final List<NoteVerifier> trusted;
    private final CompactRange range = CompactRange.empty();
    private final Map<String, Series> series = new HashMap<>();
    private final TreeMap<Long, byte[]> rootsAtCheckpoints = new TreeMap<>();
    private long expected;
    private boolean rootMismatchReported;

    /** Per (body, type, year): which sequence numbers were seen, for gaps, duplicates and order. */
    private static final class Series {
        final BitSet seen = new BitSet();
        final BitSet voided = new BitSet();
        long max;
        long lastLeafOfMax = -1;
        /** Leaf of the year closing, -1 while open. */
        long closedAt = -1;
    }

    private LogVerifier(List<NoteVerifier> trusted) {
        this.trusted = trusted;
    }

    /** Verifies the store's log; checkpoint signatures are checked with {@code trusted} keys (matched by name). */
    public static LogVerification verify(RegisterStore store, List<NoteVerifier> trusted) {
        LogVerifier v = new LogVerifier(trusted);
        List<RegisterStore.StoredCheckpoint> checkpoints = store.checkpoints();
        checkpoints.forEach(cp -> v.rootsAtCheckpoints.put(cp.treeSize(), null));
        if (v.rootsAtCheckpoints.containsKey(0L)) {
            v.rootsAtCheckpoints.put(0L, Rfc6962.emptyRoot());
        }
        // appends may run while we read: the head read first bounds what must be there, the head
        // read after bounds what may be there
        RegisterStore.TreeHead before = store.head();
        v.rootsAtCheckpoints.putIfAbsent(before.size(), before.size() == 0 ? Rfc6962.emptyRoot() : null);
        store.forEachRow(v::accept);
        RegisterStore.TreeHead after = store.head();
        v.finish(before, after);
        int checked = v.checkCheckpoints(store.origin(), checkpoints, trusted);
        return new LogVerification(v.range.size(), HEX.formatHex(v.range.root()), checked, v.findings);
    }

    private void accept(LogRow row) {
        long p = row.leafIndex();
        String number = number(row);
        if (p < expected) {
            findings.add(new Finding(Problem.INSERTED, p, number, "Dòng trùng vị trí " + p
                    + " / a second row at position " + p + " (" + number + ")"));
            return;
        }
        while (expected < p) {
            findings.add(new Finding(Problem.DELETED, expected, "", "Thiếu dòng ở vị trí " + expected
                    + " / row " + expected + " is missing (deleted)"));
            appendLeaf(MISSING);
            expected++;
        }
        byte[] stored = parseHash(row.leafHash());
        byte[] leaf;
        String malformed = "";
        try {
            leaf = Rfc6962.leafHash(CanonicalLeaf.encode(row));
        } catch (IllegalArgumentException e) {
            // an unknown leaf version, or a salt that does not fit it: no encoding can match what was appended
            leaf = MISSING;
            malformed = " (" + e.getMessage() + ")";
        }
        boolean leafOk = malformed.isEmpty() && MessageDigest.isEqual(leaf, stored);
        if (!leafOk) {
            long movedFrom = malformed.isEmpty() ? findOriginalPosition(row, stored) : -1;
            if (movedFrom >= 0) {
                findings.add(new Finding(Problem.REORDERED, p, number, "Dòng " + number + " bị chuyển từ vị trí "
                        + movedFrom + " sang " + p + " / row " + number + " was moved from position " + movedFrom
                        + " to " + p));
            } else {
                findings.add(new Finding(Problem.EDITED, p, number, "Dòng " + p + " (" + number
                        + ") đã bị sửa sau khi ghi sổ / row " + p + " (" + number + ") was edited after it was appended"
                        + malformed));
            }
        }
        checkAfterClosing(row, number);
        checkNumbering(row, number);
        if (row.kind() == vn.bansao.register.RecordKind.YEAR_CLOSING) {
            checkClosing(row);
        } else if (row.kind() == vn.bansao.register.RecordKind.VOID && row.sequence() >= 1
                && row.sequence() <= Integer.MAX_VALUE) {
            series(row).voided.set((int) row.sequence());
        }
        appendLeaf(leaf);
        expected++;
        if (leafOk && !rootMismatchReported && !MessageDigest.isEqual(range.root(), parseHash(row.treeRoot()))) {
            // the row matches its own hash, but the tree up to it is not what was appended: an earlier
            // row was rewritten together with its hash, or this row was slipped in
            rootMismatchReported = true;
            findings.add(new Finding(Problem.ROOT_MISMATCH, p, number, "Gốc cây tại dòng " + p + " (" + number
                    + ") khác gốc đã lưu: sổ đã bị viết lại tại hoặc trước dòng này / the stored root at row " + p
                    + " differs from the recomputed tree: the log was rewritten at or before this row"));
        }
    }

    private void appendLeaf(byte[] leaf) {
        range.append(leaf, (n, h) -> { });
        if (rootsAtCheckpoints.containsKey(range.size())) {
            rootsAtCheckpoints.put(range.size(), range.root());
        }
    }

    private long findOriginalPosition(LogRow row, byte[] stored) {
        long p = row.leafIndex();
        for (long d = 1; d <= MOVE_WINDOW; d++) {
            for (long q : new long[] {p - d, p + d}) {
                if (q >= 0 && MessageDigest.isEqual(stored, Rfc6962.leafHash(CanonicalLeaf.encode(row.atLeafIndex(q))))) {
                    return q;
                }
            }
        }
        return -1;
    }

    private Series series(LogRow row) {
        return series.computeIfAbsent(row.agencyCode() + "\u0000" + row.registerType() + "\u0000" + row.year(),
                k -> new Series());
    }

    /** After its closing a year takes only corrections (new rows referencing an entry): no number, void or completion. */
    private void checkAfterClosing(LogRow row, String number) {
        Series s = series.get(row.agencyCode() + "\u0000" + row.registerType() + "\u0000" + row.year());
        if (s == null || s.closedAt < 0 || row.kind() == vn.bansao.register.RecordKind.CORRECTION) {
            return;
        }
        findings.add(new Finding(Problem.INSERTED, row.leafIndex(), number, "Dòng " + row.leafIndex() + " ("
                + row.kind() + " " + number + ") ghi sau khi khóa sổ năm " + row.year() + " (dòng " + s.closedAt
                + ") / row " + row.leafIndex() + " (" + row.kind() + " " + number + ") was appended after the "
                + row.year() + " closing (row " + s.closedAt + ")"));
    }

    private void checkNumbering(LogRow row, String number) {
        if (!row.allocatesNumber()) {
            return;
        }
        Series s = series(row);
        long seq = row.sequence();
        if (seq < 1 || seq > Integer.MAX_VALUE) {
            findings.add(new Finding(Problem.EDITED, row.leafIndex(), number, "Số thứ tự không hợp lệ / invalid sequence "
                    + seq));
            return;
        }
        if (s.seen.get((int) seq)) {
            findings.add(new Finding(Problem.INSERTED, row.leafIndex(), number, "Số " + number
                    + " được cấp hai lần (dòng " + row.leafIndex() + ") / number " + number + " allocated twice (row "
                    + row.leafIndex() + ")"));
            return;
        }
        if (seq < s.max) {
            findings.add(new Finding(Problem.REORDERED, row.leafIndex(), number, "Số " + number + " đứng sau số "
                    + s.max + " (dòng " + s.lastLeafOfMax + ") / number " + number + " comes after number " + s.max
                    + " (row " + s.lastLeafOfMax + "): rows out of order"));
        } else {
            s.max = seq;
            s.lastLeafOfMax = row.leafIndex();
        }
        s.seen.set((int) seq);
    }

    /** A year closing states the series' total; a signed one must carry a valid signature by a trusted key. */
    private void checkClosing(LogRow row) {
        String att = row.attestation();
        String statement = att.contains("\n\n") ? att.substring(0, att.lastIndexOf("\n\n") + 1) : att;
        Series s = series(row);
        long max = s.max;
        if (!statement.contains("\ntotal " + max + "\n")) {
            findings.add(new Finding(Problem.EDITED, row.leafIndex(), "", "Tổng số khi khóa sổ năm " + row.year()
                    + " không khớp số đã cấp (" + max + ") / the year closing's total does not match the " + max
                    + " numbers allocated"));
        }
        long voided = s.voided.cardinality();
        if (!statement.contains("\nvoid " + voided + "\n")) {
            findings.add(new Finding(Problem.EDITED, row.leafIndex(), "", "Số bị hủy khi khóa sổ năm " + row.year()
                    + " không khớp sổ (" + voided + ") / the year closing's void count does not match the " + voided
                    + " voided numbers"));
        }
        if (s.closedAt >= 0) {
            findings.add(new Finding(Problem.INSERTED, row.leafIndex(), "", "Khóa sổ năm " + row.year() + " lần hai (dòng "
                    + s.closedAt + " đã khóa) / a second " + row.year() + " closing (row " + s.closedAt + ")"));
        } else {
            s.closedAt = row.leafIndex();
        }
        String tree = "\ntree " + range.size() + " " + java.util.Base64.getEncoder().encodeToString(range.root()) + "\n";
        if (!statement.contains(tree)) {
            findings.add(new Finding(Problem.ROOT_MISMATCH, row.leafIndex(), "", "Lời khóa sổ năm " + row.year()
                    + " không khớp cây tại thời điểm khóa / the " + row.year() + " closing names another tree than the"
                    + " log before it"));
        }
        if (!att.equals(statement)) {
            try {
                open(att, trusted);
            } catch (NoteVerificationException e) {
                findings.add(new Finding(Problem.BAD_CHECKPOINT, row.leafIndex(), "", "Chữ ký khóa sổ năm " + row.year()
                        + " không hợp lệ / the signature of the " + row.year() + " closing is invalid: " + e.getMessage()));
            }
        }
    }

    private void finish(RegisterStore.TreeHead before, RegisterStore.TreeHead after) {
        while (expected < before.size()) {
            findings.add(new Finding(Problem.DELETED, expected, "", "Thiếu dòng ở vị trí " + expected
                    + " (đầu sổ ghi " + before.size() + " dòng) / row " + expected + " is missing (the head says "
                    + before.size() + " rows)"));
            appendLeaf(MISSING);
            expected++;
        }
        if (range.size() > after.size()) {
            for (long p = after.size(); p < range.size(); p++) {
                findings.add(new Finding(Problem.INSERTED, p, "", "Dòng " + p + " nằm ngoài cây đã ghi (đầu sổ ghi "
                        + after.size() + " dòng) / row " + p + " lies beyond the appended tree (head says " + after.size()
                        + ")"));
            }
        }
        byte[] rootAtHead = rootsAtCheckpoints.get(before.size());
        if (!rootMismatchReported && rootAtHead != null
                && !MessageDigest.isEqual(rootAtHead, parseHash(before.rootHex()))) {
            findings.add(new Finding(Problem.ROOT_MISMATCH, -1, "", "Gốc cây ở đầu sổ khác gốc tính lại / the head's root"
                    + " differs from the recomputed root"));
        }
        for (Map.Entry<String, Series> e : series.entrySet()) {
            Series s = e.getValue();
            for (int seq = s.seen.nextClearBit(1); seq <= s.max; seq = s.seen.nextClearBit(seq + 1)) {
                String[] k = e.getKey().split("\u0000");
                String num = seq + ", Quyển số ?/" + k[2] + "-" + k[1];
                findings.add(new Finding(Problem.DELETED, -1, num, "Thiếu số " + num + " của " + k[0]
                        + " / number " + num + " of " + k[0] + " is missing from the register"));
            }
        }
    }

    private int checkCheckpoints(String origin, List<RegisterStore.StoredCheckpoint> checkpoints,
                                 List<NoteVerifier> trusted) {
        int checked = 0;
        for (RegisterStore.StoredCheckpoint cp : checkpoints) {
            Checkpoint signed;
            try {
                signed = Checkpoint.parse(open(cp.signedNote(), trusted));
            } catch (NoteVerificationException | IllegalArgumentException e) {
                findings.add(new Finding(Problem.BAD_CHECKPOINT, -1, "", "Điểm kiểm " + cp.id() + " (kích thước "
                        + cp.treeSize() + ") không hợp lệ / checkpoint " + cp.id() + " of size " + cp.treeSize()
                        + " is invalid: " + e.getMessage()));
                continue;
            }
            checked++;
            if (!signed.origin().equals(origin) || signed.size() != cp.treeSize()) {
                findings.add(new Finding(Problem.BAD_CHECKPOINT, -1, "", "Điểm kiểm " + cp.id()
                        + " không khớp nguồn gốc/kích thước / checkpoint " + cp.id() + " does not match its origin or size"));
                continue;
            }
            byte[] recomputed = rootsAtCheckpoints.get(signed.size());
            if (recomputed == null) {
                findings.add(new Finding(Problem.DELETED, signed.size() - 1, "", "Điểm kiểm đã ký có " + signed.size()
                        + " dòng nhưng sổ chỉ còn " + range.size() + " / a signed checkpoint covers " + signed.size()
                        + " rows but the log has only " + range.size()));
            } else if (!MessageDigest.isEqual(recomputed, signed.rootHash())) {
                findings.add(new Finding(Problem.ROOT_MISMATCH, signed.size() - 1, "", "Sổ không khớp điểm kiểm đã ký"
                        + " (kích thước " + signed.size() + "): có dòng trước vị trí " + signed.size()
                        + " đã bị thay đổi / the log does not match the signed checkpoint of size " + signed.size()
                        + ": rows before " + signed.size() + " were changed"));
            }
        }
        return checked;
    }

    private static String open(String note, List<NoteVerifier> trusted) throws NoteVerificationException {
        NoteVerificationException last = new NoteVerificationException(
                "không có khóa tin cậy nào ký điểm kiểm này / signed by no trusted key");
        for (NoteVerifier v : trusted) {
            try {
                return v.open(note);
            } catch (NoteVerificationException e) {
                if (!e.getMessage().contains("no signature by key")) {
                    throw e; // a known key's signature that fails rejects the note
                }
                last = e;
            }
        }
        throw last;
    }

    private static byte[] parseHash(String hex) {
        try {
            return hex != null && hex.length() == 64 ? HEX.parseHex(hex) : MISSING;
        } catch (IllegalArgumentException e) {
            return MISSING;
        }
    }

    private static String number(LogRow r) {
        if (r.sequence() <= 0) {
            return r.kind() + " " + r.year() + "-" + r.registerType();
        }
        return r.sequence() + ", Quyển số " + String.format("%02d/%d-%s", r.book(), r.year(), r.registerType());
    }
}

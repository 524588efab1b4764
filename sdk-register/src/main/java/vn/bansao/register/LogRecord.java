package vn.bansao.register;

/**
 * One row of the log concerning an entry (its allocation, completion, corrections, void).
 *
 * <pre>{@code
 * entry.records().forEach(r -> System.out.println(r.leafIndex() + " " + r.kind() + " " + r.recordedAt()));
 * }</pre>
 *
 * @param leafIndex  position in the log
 * @param kind       what the row says
 * @param recordedAt ISO-8601 instant of the append
 * @param leafHash   hex leaf hash as stored
 * @param note       reason (void), or notes
 */
public record LogRecord(long leafIndex, RecordKind kind, String recordedAt, String leafHash, String note) {
}

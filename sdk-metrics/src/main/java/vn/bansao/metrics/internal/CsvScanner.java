package vn.bansao.metrics.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import vn.bansao.common.LocalizedText;
import vn.bansao.metrics.MetricsInputException;
import vn.bansao.metrics.RowPolicy;
import vn.bansao.metrics.RowProblem;
import vn.bansao.metrics.definition.Field;

/**
 * The fast path over CSV dossier files (RFC 4180, UTF-8, optional BOM): a byte-level scanner over large
 * positioned reads, the file cut into chunks at line boundaries and scanned by parallel threads, each field
 * parsed straight from the bytes into a row of ints ({@link RowParser}) and added to a per-thread
 * {@link Accumulator}; no String, regex or BigDecimal per row.
 *
 * <p>A quoted field may hold a line break, which a cut at a line boundary cannot see: when any chunk meets
 * one, the file is scanned again by one thread, which is always right. Line numbers are counted per chunk and
 * made absolute when the chunks are combined, also for an error that stops the scan (a record over 512 KiB, a cap
 * on distinct values), so every message names the file's real line.
 */
public final class CsvScanner {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CsvScanner.class);
    private static final int BUFFER = 1 << 20;

    private final Path file;
    private final String source;
    private final RowPolicy policy;
    private final Supplier<Accumulator> accumulators;
    private final Supplier<RowParser> parsers;

    /** Outcome of a scan. */
    public record Result(Accumulator totals, Problems problems, long lines) {
    }

    public CsvScanner(Path file, RowPolicy policy, Supplier<Accumulator> accumulators, Supplier<RowParser> parsers) {
        this.file = file;
        this.source = file.getFileName().toString();
        this.policy = policy;
        this.accumulators = accumulators;
        this.parsers = parsers;
    }

    public Result scan(int threads) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            Header header = readHeader(ch);
            if (threads > 1 && size - header.end > 2L * BUFFER) {
                List<long[]> ranges = split(ch, header.end, size, threads);
                ExecutorService pool = Executors.newFixedThreadPool(ranges.size(), r -> {
                    Thread t = new Thread(r, "bansao-metrics-csv");
                    t.setDaemon(true);
                    return t;
                });
                try {
                    List<Future<Chunk>> futures = new ArrayList<>();
                    for (long[] r : ranges) {
                        futures.add(pool.submit(() -> scanRange(ch, header, r[0], r[1])));
                    }
                    List<Chunk> chunks = new ArrayList<>();
                    for (Future<Chunk> f : futures) {
                        chunks.add(f.get());
                    }
                    if (chunks.stream().noneMatch(c -> c.quotedLineBreak)) {
                        return combine(chunks, header);
                    }
                    LOG.debug("{}: a quoted field holds a line break; scanning again with one thread", source);
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    if (e.getCause() instanceof IOException io) {
                        throw IoText.cannotRead(file, io);
                    }
                    throw new MetricsInputException(MetricsText.CANNOT_READ.of(file.toString(),
                            MetricsText.IO_ERROR.of(String.valueOf(e.getCause()))), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new MetricsInputException(MetricsText.in(source, MetricsText.READ_INTERRUPTED.of()), e);
                } finally {
                    pool.shutdownNow();
                }
            }
            return combine(List.of(scanRange(ch, header, header.end, size)), header);
        } catch (IOException e) {
            throw IoText.cannotRead(file, e);
        }
    }

    private Result combine(List<Chunk> chunks, Header header) {
        Accumulator totals = chunks.get(0).acc;
        Problems problems = new Problems();
        long line = header.lines; // physical lines before the first chunk
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            // the first error in file order: a chunk that stopped early has no line count, but nothing after it is used
            if (c.failure != null) {
                throw new MetricsInputException(new RowProblem(source, c.failure.line() + line, c.failure.reason()));
            }
            if (c.fatal != null) {
                throw new MetricsInputException(MetricsText.at(source, c.recordLine + line, c.fatal));
            }
            if (i > 0) {
                try {
                    totals.merge(c.acc);
                } catch (InputLimitException e) {
                    throw new MetricsInputException(MetricsText.in(source, e.text())); // reached by the sum, at no one line
                }
            }
            problems.addAll(c.problems, line);
            line += c.lines;
        }
        return new Result(totals, problems, line);
    }

    /** Column mapping and where the data starts. */
    private record Header(Field[] columns, long end, long lines) {
    }

    private Header readHeader(FileChannel ch) throws IOException {
        byte[] b = new byte[64 * 1024];
        int n = ch.read(ByteBuffer.wrap(b), 0);
        if (n <= 0) {
            throw new MetricsInputException(MetricsText.in(source, MetricsText.EMPTY_FILE.of()));
        }
        int start = (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) ? 3 : 0;
        int nl = start;
        while (nl < n && b[nl] != '\n') {
            nl++;
        }
        if (nl == n && n == b.length) {
            throw new MetricsInputException(MetricsText.at(source, 1, MetricsText.HEADER_TOO_LONG.of()));
        }
        int end = nl > start && b[nl - 1] == '\r' ? nl - 1 : nl;
        String line = new String(b, start, end - start, StandardCharsets.UTF_8);
        List<String> names = CsvLine.split(line);
        Field[] columns = new Field[names.size()];
        Set<Field> seen = EnumSet.noneOf(Field.class);
        for (int i = 0; i < columns.length; i++) {
            Field f = Field.byColumnName(names.get(i)).orElse(null);
            if (f != null && !seen.add(f)) {
                throw new MetricsInputException(MetricsText.at(source, 1, MetricsText.DUPLICATE_COLUMN.of(f.column())));
            }
            columns[i] = f;
        }
        for (Field f : Field.values()) {
            if (f.required() && !seen.contains(f)) {
                throw new MetricsInputException(MetricsText.at(source, 1, MetricsText.MISSING_COLUMN.of(f.column())));
            }
        }
        return new Header(columns, Math.min(nl + 1, n), 1);
    }

    private List<long[]> split(FileChannel ch, long start, long size, int parts) throws IOException {
        List<long[]> out = new ArrayList<>();
        long from = start;
        byte[] probe = new byte[64 * 1024];
        for (int i = 1; i < parts; i++) {
            long cut = start + (size - start) * i / parts;
            long p = cut;
            boolean found = false;
            while (!found && p < size) {
                int n = ch.read(ByteBuffer.wrap(probe), p);
                for (int k = 0; k < n; k++) {
                    if (probe[k] == '\n') {
                        p += k + 1;
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    p += n;
                }
            }
            if (p > from) {
                out.add(new long[] {from, p});
                from = p;
            }
        }
        out.add(new long[] {from, size});
        return out;
    }

    /** One chunk's result; line numbers are relative to its first line. */
    private static final class Chunk {
        Accumulator acc;
        Problems problems = new Problems();
        long lines;
        boolean quotedLineBreak;
        RowProblem failure;
        /** The record being scanned (relative line), and what stopped the scan there. */
        long recordLine;
        LocalizedText fatal;
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH = 0x8080808080808080L;

    /**
     * Where an unquoted field ends (at ',', '\n', '\r' or {@code lim}). Eight bytes at a time: a byte below
     * '-' (0x2D) is flagged by the classic has-less-than bit trick, exact for the first flagged byte; the
     * delimiters all sit below '-', and so do few other bytes (blank, quote, a handful of signs).
     */
    static int fieldEnd(byte[] buf, int p, int lim) {
        while (p + 8 <= lim) {
            long x = (long) LONGS.get(buf, p);
            long flagged = (x - ONES * 0x2D) & ~x & HIGH;
            if (flagged == 0) {
                p += 8;
                continue;
            }
            int q = p + (Long.numberOfTrailingZeros(flagged) >>> 3);
            byte b = buf[q];
            if (b == ',' || b == '\n' || b == '\r') {
                return q;
            }
            p = q + 1;
        }
        while (p < lim) {
            byte b = buf[p];
            if (b == ',' || b == '\n' || b == '\r') {
                return p;
            }
            p++;
        }
        return p;
    }

    private static final LocalizedText RECORD_TOO_LONG = MetricsText.RECORD_TOO_LONG.of();
    private static final LocalizedText UNTERMINATED_QUOTE = MetricsText.UNTERMINATED_QUOTE.of();
    private static final LocalizedText TEXT_AFTER_QUOTE = MetricsText.TEXT_AFTER_QUOTE.of();

    /** Scans the records that start in [from, to); a cap reached stops the chunk, to be reported at its real line. */
    private Chunk scanRange(FileChannel ch, Header header, long from, long to) throws IOException {
        Chunk c = new Chunk();
        try {
            scanRecords(ch, header, from, to, c);
        } catch (InputLimitException e) {
            c.fatal = e.text();
        }
        return c;
    }

    private void scanRecords(FileChannel ch, Header header, long from, long to, Chunk c) throws IOException {
        c.acc = accumulators.get();
        RowParser parser = parsers.get();
        Field[] columns = header.columns;
        int ncol = columns.length;
        int[] row = new int[Field.values().length];
        byte[] buf = new byte[BUFFER];
        byte[] unquoted = new byte[BUFFER];
        long filePos = from;   // file offset of buf[0]
        int lim = 0;           // valid bytes in buf
        int pos = 0;
        long line = 1;         // physical line of the record being scanned, relative to the chunk
        boolean eof = false;
        boolean failFast = policy == RowPolicy.FAIL;
        while (true) {
            // make sure a whole record is in the buffer, or we are at the end of the file
            if (!eof && (lim - pos) < BUFFER / 2) {
                System.arraycopy(buf, pos, buf, 0, lim - pos);
                filePos += pos;
                lim -= pos;
                pos = 0;
                while (lim < BUFFER) {
                    int n = ch.read(ByteBuffer.wrap(buf, lim, BUFFER - lim), filePos + lim);
                    if (n < 0) {
                        eof = true;
                        break;
                    }
                    lim += n;
                }
            }
            if (filePos + pos >= to || pos >= lim) {
                break;
            }
            // one record
            int p = pos;
            if (buf[p] == '\n' || buf[p] == '\r') { // blank line
                p += (buf[p] == '\r' && p + 1 < lim && buf[p + 1] == '\n') ? 2 : 1;
                pos = p;
                line++;
                continue;
            }
            RowParser.reset(row);
            LocalizedText error = null;
            int col = 0;
            long recordLine = line;
            c.recordLine = recordLine;
            boolean recordDone = false;
            while (!recordDone) {
                int s, e;
                if (p < lim && buf[p] == '"') {
                    // quoted field: "" is a quote; line breaks allowed inside
                    int q = p + 1;
                    int out = 0;
                    boolean closed = false;
                    while (q < lim) {
                        byte x = buf[q];
                        if (x == '"') {
                            if (q + 1 < lim && buf[q + 1] == '"') {
                                unquoted[out++] = '"';
                                q += 2;
                                continue;
                            }
                            closed = true;
                            q++;
                            break;
                        }
                        if (x == '\n') {
                            line++;
                            c.quotedLineBreak = true;
                        }
                        unquoted[out++] = x;
                        q++;
                    }
                    if (!closed) {
                        if (!eof) {
                            throw new InputLimitException(RECORD_TOO_LONG);
                        }
                        error = UNTERMINATED_QUOTE;
                        p = lim;
                        recordDone = true;
                        break;
                    }
                    p = q;
                    if (error == null && col < ncol && columns[col] != null
                            && !parser.parse(columns[col], unquoted, 0, out, row)) {
                        error = parser.reason;
                    }
                    if (p < lim && buf[p] != ',' && buf[p] != '\n' && buf[p] != '\r' && error == null) {
                        error = TEXT_AFTER_QUOTE;
                    }
                    while (p < lim && buf[p] != ',' && buf[p] != '\n' && buf[p] != '\r') {
                        p++;
                    }
                } else {
                    s = p;
                    p = fieldEnd(buf, p, lim);
                    e = p;
                    if (p == lim && !eof) {
                        throw new InputLimitException(RECORD_TOO_LONG);
                    }
                    if (error == null && col < ncol && columns[col] != null && !parser.parse(columns[col], buf, s, e, row)) {
                        error = parser.reason;
                    }
                }
                col++;
                if (p >= lim) {
                    recordDone = true;
                } else if (buf[p] == ',') {
                    p++;
                } else {
                    p += (buf[p] == '\r' && p + 1 < lim && buf[p + 1] == '\n') ? 2 : 1;
                    recordDone = true;
                }
            }
            line++;
            pos = p;
            if (error == null && col != ncol) {
                error = MetricsText.FIELD_COUNT.of(col, ncol);
            }
            if (error == null && !parser.check(row)) {
                error = parser.reason;
            }
            if (error == null) {
                c.acc.add(row);
            } else {
                RowProblem problem = new RowProblem(source, recordLine, error);
                c.problems.add(problem);
                if (failFast) {
                    c.failure = problem;
                    break;
                }
            }
        }
        c.lines = line - 1;
    }
}

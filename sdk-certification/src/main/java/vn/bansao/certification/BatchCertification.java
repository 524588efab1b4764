package vn.bansao.certification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.register.CertificationNumber;
import vn.bansao.register.CertificationRegister;
import vn.bansao.transparency.lookup.EntryStatus;
import vn.bansao.register.RegisterEntry;

/**
 * A digitisation campaign: many documents certified one after another, resumable after an interruption.
 *
 * <p>The batch file is JSON Lines, one document a line (paths relative to the batch file):
 * <pre>{@code
 * {"id": "HS-0001", "scans": ["scans/0001-1.jpg", "scans/0001-2.jpg"], "facts": "facts/0001.json", "out": "out/0001.pdf"}
 * {"id": "HS-0002", "scans": ["scans/0002.tif"], "facts": { ...inline facts... }, "out": "out/0002.pdf"}
 * }</pre>
 * Progress goes to a journal beside it ({@code BATCH.journal.jsonl}): the number reserved for each document and
 * its completion. On a rerun, completed documents are skipped; a document interrupted after its number was
 * reserved has that number voided (or, if its signed copy had in fact been registered, is recognised as done),
 * so the register never keeps a hole or a dangling reservation.
 *
 * <pre>{@code
 * BatchCertification.Summary s = new BatchCertification(desk, register, Path.of("batch.jsonl")).run(progress);
 * }</pre>
 */
public final class BatchCertification {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CertificationWorkflow desk;
    private final CertificationRegister register;
    private final Path batchFile;
    private final Path journal;

    /** A batch over {@code batchFile}, journalled beside it. */
    public BatchCertification(CertificationWorkflow desk, CertificationRegister register, Path batchFile) {
        this.desk = desk;
        this.register = register;
        this.batchFile = batchFile.toAbsolutePath();
        this.journal = this.batchFile.resolveSibling(this.batchFile.getFileName() + ".journal.jsonl");
    }

    /** Receives progress: done so far, total, the current document's id. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total, String id);
    }

    /** One document that could not be certified, and why. */
    public record Failure(String id, String reason) {
    }

    /**
     * What a run did.
     *
     * @param total     documents in the batch
     * @param certified certified in this run
     * @param skipped   already certified by an earlier run
     * @param failures  documents that failed (their numbers are VOID in the register)
     */
    public record Summary(int total, int certified, int skipped, List<Failure> failures) {
    }

    /** The journal file this batch writes. */
    public Path journal() {
        return journal;
    }

    /** Runs (or resumes) the batch. */
    public Summary run(Progress progress) throws IOException {
        List<JsonNode> documents = readBatch();
        Map<String, JournalState> state = readJournal();
        int certified = 0;
        int skipped = 0;
        List<Failure> failures = new ArrayList<>();
        try (BufferedWriter log = Files.newBufferedWriter(journal, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            int done = 0;
            for (JsonNode doc : documents) {
                String id = doc.path("id").asText();
                progress.update(done, documents.size(), id);
                JournalState previous = state.getOrDefault(id, JournalState.NONE);
                if (previous.completed || recoverInterrupted(id, previous, doc, log)) {
                    skipped++;
                } else {
                    try {
                        CertificationWorkflow.Outcome outcome = desk.certify(scans(doc), facts(doc), out(doc),
                                number -> write(log, event(id, "reserved", number)));
                        write(log, event(id, "completed", outcome.entry().number())
                                .put("sha256", outcome.signedSha256()));
                        certified++;
                    } catch (RuntimeException e) {
                        // the journal keeps one text for every reader: both languages of an SDK error
                        String reason = e instanceof vn.bansao.common.BansaoException sdk ? sdk.bilingualMessage()
                                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                        write(log, JSON.createObjectNode().put("id", id).put("event", "failed").put("reason", reason));
                        failures.add(new Failure(id, reason.lines().findFirst().orElse(reason)));
                    }
                }
                done++;
                progress.update(done, documents.size(), id);
            }
        }
        return new Summary(documents.size(), certified, skipped, List.copyOf(failures));
    }

    /**
     * A document whose number was reserved but whose completion was never journalled: if the register completed
     * it with the hash of the file on disk, it is done; otherwise its reservation is voided and it runs again.
     */
    private boolean recoverInterrupted(String id, JournalState previous, JsonNode doc, BufferedWriter log) {
        if (previous.reserved == null) {
            return false;
        }
        Optional<RegisterEntry> entry = register.find(previous.reserved);
        Path out = out(doc);
        if (entry.isPresent() && entry.get().status() == EntryStatus.CERTIFIED && Files.isRegularFile(out)
                && entry.get().signedCopySha256().equals(CertificationWorkflow.sha256Hex(out))) {
            write(log, event(id, "completed", previous.reserved).put("sha256", entry.get().signedCopySha256()));
            return true;
        }
        if (entry.isPresent() && entry.get().status() == EntryStatus.RESERVED) {
            register.voidEntry(previous.reserved, "Lô chứng thực bị gián đoạn / batch interrupted (" + id + ")");
            write(log, event(id, "voided", previous.reserved));
        }
        return false;
    }

    private List<JsonNode> readBatch() throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(batchFile, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            JsonNode doc;
            try {
                doc = JSON.readTree(line);
            } catch (IOException e) {
                // Jackson's own wording ("Unexpected character...") is for developers: the line number is what helps
                throw new IllegalArgumentException(batchFile.getFileName() + ":" + lineNo
                        + ": dòng không phải JSON hợp lệ / not a valid JSON line");
            }
            for (String field : List.of("id", "scans", "facts", "out")) {
                if (doc.path(field).isMissingNode() || doc.path(field).isNull()) {
                    throw new IllegalArgumentException(batchFile.getFileName() + ":" + lineNo
                            + ": thiếu trường / missing field \"" + field + "\"");
                }
            }
            Integer earlier = seen.put(doc.get("id").asText(), lineNo);
            if (earlier != null) {
                throw new IllegalArgumentException(batchFile.getFileName() + ":" + lineNo + ": mã trùng với dòng "
                        + earlier + " / duplicate id of line " + earlier + ": " + doc.get("id").asText());
            }
            documents.add(doc);
        }
        return documents;
    }

    private Map<String, JournalState> readJournal() throws IOException {
        Map<String, JournalState> state = new LinkedHashMap<>();
        if (!Files.exists(journal)) {
            return state;
        }
        for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode e;
            try {
                e = JSON.readTree(line);
            } catch (IOException torn) {
                continue; // the last line of a killed run may be torn: the register decides what happened
            }
            String id = e.path("id").asText();
            JournalState s = state.getOrDefault(id, JournalState.NONE);
            switch (e.path("event").asText()) {
                case "reserved" -> s = new JournalState(number(e), false);
                case "completed" -> s = new JournalState(number(e), true);
                default -> s = JournalState.NONE; // failed or voided: run it again
            }
            state.put(id, s);
        }
        return state;
    }

    private record JournalState(CertificationNumber reserved, boolean completed) {
        static final JournalState NONE = new JournalState(null, false);
    }

    private List<Path> scans(JsonNode doc) {
        List<Path> scans = new ArrayList<>();
        doc.get("scans").forEach(s -> scans.add(resolve(s.asText())));
        return scans;
    }

    private CertificationFacts facts(JsonNode doc) {
        JsonNode facts = doc.get("facts");
        try {
            // names left out come from the desk's certificates, as with a single certification
            return facts.isTextual() ? FactsInput.read(resolve(facts.asText()), desk.signers())
                    : FactsInput.read(facts, desk.signers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path out(JsonNode doc) {
        return resolve(doc.get("out").asText());
    }

    private Path resolve(String path) {
        return batchFile.getParent().resolve(path).normalize();
    }

    private static ObjectNode event(String id, String event, CertificationNumber n) {
        ObjectNode node = JSON.createObjectNode().put("id", id).put("event", event);
        node.put("agencyCode", n.agencyCode()).put("registerType", n.registerType()).put("year", n.year())
                .put("book", n.book()).put("sequence", n.sequence());
        return node;
    }

    private static CertificationNumber number(JsonNode e) {
        return new CertificationNumber(e.path("agencyCode").asText(), e.path("registerType").asText(),
                e.path("year").asInt(), e.path("book").asInt(), e.path("sequence").asLong());
    }

    /** Appends one journal line and forces it out: the journal must be ahead of the work it describes. */
    private static void write(BufferedWriter log, ObjectNode event) {
        try {
            log.write(JSON.writeValueAsString(event));
            log.newLine();
            log.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được nhật ký lô / cannot write the batch journal", e);
        }
    }
}

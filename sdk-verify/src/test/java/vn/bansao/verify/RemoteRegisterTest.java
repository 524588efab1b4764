package vn.bansao.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.register.CertificationNumber;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.EntryDraft;
import vn.bansao.register.RegisterConfig;
import vn.bansao.signing.Level;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.transparency.note.NoteSigner;
import vn.bansao.verify.RegisterServiceFixture.Fault;
import vn.bansao.verify.internal.trust.Fingerprints;

/**
 * Remote register verification against a REAL register served over HTTP on 127.0.0.1 by
 * {@link RegisterServiceFixture}: the genuine copy is VALID over the network, and every misbehaviour of the service
 * is caught with its reason (a fork INVALID naming both checkpoints; unreachable, slow, oversized, malformed
 * INDETERMINATE, never VALID); the checkpoint memory advances only on success; no URL is taken from the copy.
 */
@ExtendWith(TestPkiExtension.class)
class RemoteRegisterTest {

    static final String AGENCY = "000.00.12.H29";
    static final String ORIGIN = "bansao.vn/register/" + AGENCY;
    static final Clock DAY = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;

    static TrustAnchors anchors;
    static NoteSigner registerKey;
    /** the genuine copy of number 2 (its facts carry the ROGUE service's URL as portal URL) */
    static byte[] genuine;
    /** a copy of an agency the directory does not list (its portal URL is the rogue service's too) */
    static byte[] unlisted;
    /** genuine: #1, #2 reserved then completed with the genuine copy's hash, #3 (4 rows) */
    static CertificationRegister g;
    /** g + VOID of #2 (5 rows, extends g) */
    static CertificationRegister voided;
    /** g's operations with #1's row edited (4 rows, another root): the history rewritten, every hash recomputed */
    static CertificationRegister rewritten;
    /** g's first row, then other rows (5 rows): truncated and regrown */
    static CertificationRegister regrown;
    static RegisterServiceFixture rogue;
    static String genuineSha;

    RegisterServiceFixture service;

    @BeforeAll
    static void setUp(TestPki pki) throws Exception {
        anchors = TrustAnchors.of(pki.root().certificate());
        KeyPair kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        registerKey = NoteSigner.of(ORIGIN, kp.getPrivate(), kp.getPublic());
        // a service that must never be contacted: the URL a copy carries
        CertificationRegister bait = register("bait", r -> r.certify(draft("Mồi")));
        rogue = new RegisterServiceFixture(bait);
        CertificationFacts facts = SignedCopies.facts(CertificationKind.FROM_ORIGINAL, 3, 2).toBuilder()
                .portalUrl(rogue.base().toString()).build();
        genuine = SignedCopies.signedCopy(pki, Level.B_LT, pki.officer(), pki.authority(), SignedCopies.unsignedPackage(facts));
        genuineSha = Fingerprints.sha256(genuine).toLowerCase(java.util.Locale.ROOT);
        CertificationFacts other = SignedCopies.facts(CertificationKind.FROM_ORIGINAL, 3, 1).toBuilder()
                .certifyingBody("UBND phường Bến Thành, Quận 1", "000.00.99.H29").portalUrl(rogue.base().toString()).build();
        unlisted = SignedCopies.signedCopy(pki, Level.B_LT, pki.officer(), pki.authority(), SignedCopies.unsignedPackage(other));

        EntryDraft copyDraft = EntryDraft.from(facts);
        register("g", r -> genuineRows(r, copyDraft, "Trần Văn An")).close();
        // g's own rows (a v2 leaf carries a random salt: the same operations in another database make other
        // leaves), then a VOID: a copy of g's database that grew
        voided = extend("g", "voided", r -> r.voidEntry(number(2), "cấp nhầm số"));
        g = open("g");
        rewritten = register("rewritten", r -> genuineRows(r, copyDraft, "Trần Văn Bình"));
        regrown = register("regrown", r -> {
            r.certify(draft("Trần Văn An"));
            CertificationNumber n2 = r.certify(copyDraft).number();
            r.correct(n2, copyDraft, "đính chính");
            r.certify(draft("Lê Thị Cúc"));
            r.certify(draft("Phạm Văn Dũng"));
        });
    }

    static void genuineRows(CertificationRegister r, EntryDraft copyDraft, String first) {
        r.certify(draft(first));
        CertificationNumber n2 = r.reserve(copyDraft).number();
        r.complete(n2, genuineSha);
        r.certify(draft("Lê Thị Cúc"));
    }

    static CertificationNumber number(long seq) {
        return new CertificationNumber(AGENCY, "SCT/BS", 2026, 1, seq);
    }

    static EntryDraft draft(String requester) {
        return EntryDraft.builder().agencyCode(AGENCY).registerType("SCT/BS")
                .requester(requester, "079123456780")
                .document("Giấy khai sinh", "UBND phường Bến Nghé", "12/2001", LocalDate.of(2001, 3, 4))
                .pages(1).copies(1).certifier("Nguyễn Thị Hương", "Công chức Tư pháp - Hộ tịch").build();
    }

    static CertificationRegister register(String name, Consumer<CertificationRegister> rows) {
        CertificationRegister r = open(name);
        rows.accept(r);
        r.checkpoint(registerKey);
        return r;
    }

    static CertificationRegister open(String name) {
        return CertificationRegister.open(RegisterConfig.builder(dir.resolve(name).toString())
                .agencyCode(AGENCY).registerType("SCT/BS").book(1).clock(DAY).origin(ORIGIN).build());
    }

    /** A copy of the (closed) register {@code base}'s database, grown by {@code rows}: it extends {@code base}. */
    static CertificationRegister extend(String base, String name, Consumer<CertificationRegister> rows) {
        try {
            java.nio.file.Files.copy(dir.resolve(base + ".mv.db"), dir.resolve(name + ".mv.db"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return register(name, rows);
    }

    @AfterAll
    static void tearDown() {
        rogue.close();
        for (CertificationRegister r : List.of(g, voided, rewritten, regrown)) {
            r.close();
        }
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    static RegisterDirectory directory(RegisterServiceFixture s) {
        return RegisterDirectory.of(List.of(new RegisterDirectory.Agency(AGENCY, s.base(),
                registerKey.verifier().verifierKey(), ORIGIN, List.of(), 0)));
    }

    static CopyVerifier verifier(RegisterServiceFixture s, CheckpointMemory memory) {
        return CopyVerifier.builder().trustAnchors(anchors).registerDirectory(directory(s)).checkpointMemory(memory)
                .registerNetwork(Duration.ofSeconds(2), 1 << 20).build();
    }

    static RegisterCheck check(VerificationReport r) {
        return r.register().orElseThrow();
    }

    static com.fasterxml.jackson.databind.JsonNode json(VerificationReport r) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.toJson());
    }

    static String root(CertificationRegister r) {
        return Base64.getEncoder().encodeToString(r.latestCheckpoint().orElseThrow().checkpoint().rootHash());
    }

    @Test
    void theGenuineCopyIsValidOverTheNetworkAndNoUrlIsTakenFromTheCopy() throws Exception {
        service = new RegisterServiceFixture(g);
        CheckpointMemory memory = CheckpointMemory.inDirectory(dir.resolve("memory-genuine"));
        VerificationReport r = verifier(service, memory).verify(genuine, "copy.pdf");
        assertThat(r.verdict()).as(r.reasons().toString() + check(r)).isEqualTo(Verdict.VALID);
        assertThat(check(r).outcome()).isEqualTo(RegisterCheck.Outcome.CONFIRMED);
        assertThat(check(r).findings()).extracting(Finding::code)
                .contains("REGISTER_CHECKPOINT_ACCEPTED", "REGISTER_ROWS_PROVEN", "REGISTER_CONFIRMED");
        assertThat(check(r).findings()).extracting(Finding::en).anySatisfy(m -> assertThat(m).startsWith("2 row(s)"));
        assertThat(json(r).path("register").path("outcome").asText()).isEqualTo("CONFIRMED");
        // the memory now holds the accepted checkpoint, in a file a second verifier reads
        assertThat(CheckpointMemory.inDirectory(dir.resolve("memory-genuine")).latest(ORIGIN)).hasValueSatisfying(
                cp -> assertThat(cp.size()).isEqualTo(4));
        assertThat(service.requests.get()).isEqualTo(2); // checkpoint, entries (first time: no consistency to ask)
        // the portal URL in the copy's XMP and QR was never contacted
        assertThat(rogue.requests.get()).isZero();
        // again, now consistent with the remembered checkpoint
        assertThat(verifier(service, memory).verify(genuine, "copy.pdf").verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void anAgencyNotInTheDirectoryIsIndeterminateAndItsUrlIsNotFetched() throws Exception {
        service = new RegisterServiceFixture(g);
        VerificationReport r = verifier(service, CheckpointMemory.inMemory()).verify(unlisted, "other.pdf");
        assertThat(r.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(check(r).outcome()).isEqualTo(RegisterCheck.Outcome.UNAVAILABLE);
        assertThat(r.reasons()).extracting(Finding::code).contains("REGISTER_NOT_IN_DIRECTORY");
        assertThat(r.reasons()).extracting(Finding::vi).anySatisfy(m -> assertThat(m).contains("000.00.99.H29"));
        assertThat(rogue.requests.get()).isZero();
        assertThat(service.requests.get()).isZero();
    }

    @Test
    void aRewrittenHistoryIsAForkNamingBothCheckpoints() throws Exception {
        service = new RegisterServiceFixture(g);
        CheckpointMemory memory = CheckpointMemory.inMemory();
        assertThat(verifier(service, memory).verify(genuine, "copy.pdf").verdict()).isEqualTo(Verdict.VALID);
        // the same key, the same origin, #1's row edited and every hash recomputed: a perfectly valid log on its own
        service.serve(rewritten);
        VerificationReport r = verifier(service, memory).verify(genuine, "copy.pdf");
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(check(r).outcome()).isEqualTo(RegisterCheck.Outcome.FORK);
        Finding fork = r.reasons().stream().filter(f -> f.code().equals("REGISTER_FORK")).findFirst().orElseThrow();
        assertThat(fork.en()).contains(ORIGIN, "size 4 root " + root(g), "size 4 root " + root(rewritten));
        assertThat(fork.vi()).contains(ORIGIN, root(g), root(rewritten), "rẽ nhánh");
        com.fasterxml.jackson.databind.JsonNode reg = json(r).path("register");
        assertThat(reg.path("outcome").asText()).isEqualTo("FORK");
        assertThat(reg.path("findings").findValuesAsText("code")).contains("REGISTER_FORK");
        assertThat(r.toText(Language.VI)).contains("rẽ nhánh");
        // the memory keeps the genuine checkpoint
        assertThat(memory.latest(ORIGIN).orElseThrow().rootHash()).isEqualTo(g.latestCheckpoint().orElseThrow().checkpoint().rootHash());
        // a verifier that never saw the genuine log cannot tell: the rewritten log is internally sound (TOFU)
        assertThat(check(verifier(service, CheckpointMemory.inMemory()).verify(genuine, "copy.pdf")).outcome())
                .isEqualTo(RegisterCheck.Outcome.CONFIRMED);
    }

    @Test
    void aLogTruncatedAndRegrownIsAFork() throws Exception {
        service = new RegisterServiceFixture(g);
        CheckpointMemory memory = CheckpointMemory.inMemory();
        assertThat(verifier(service, memory).verify(genuine, "copy.pdf").verdict()).isEqualTo(Verdict.VALID);
        service.serve(regrown);
        VerificationReport r = verifier(service, memory).verify(genuine, "copy.pdf");
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(check(r).outcome()).isEqualTo(RegisterCheck.Outcome.FORK);
        assertThat(r.reasons()).extracting(Finding::en).anySatisfy(m -> assertThat(m)
                .contains("size 4 root " + root(g), "size 5 root " + root(regrown), "consistency proof 4 → 5 fails"));
        assertThat(memory.latest(ORIGIN).orElseThrow().size()).isEqualTo(4);
        // seen first, the regrown log's own row for number 2 carries no hash of this copy: proven, and a mismatch
        VerificationReport fresh = verifier(service, CheckpointMemory.inMemory()).verify(genuine, "copy.pdf");
        assertThat(check(fresh).outcome()).isEqualTo(RegisterCheck.Outcome.MISMATCH);
        assertThat(fresh.verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void aSplitViewIsCaughtByVerifiersSharingTheirMemory() throws Exception {
        // one register, two views: the service tells its clients apart (here: by the address they were given)
        service = new RegisterServiceFixture(g);
        try (RegisterServiceFixture other = new RegisterServiceFixture(rewritten)) {
            CheckpointMemory shared = CheckpointMemory.jdbc(h2("split"));
            assertThat(verifier(service, shared).verify(genuine, "copy.pdf").verdict()).isEqualTo(Verdict.VALID);
            VerificationReport r = verifier(other, shared).verify(genuine, "copy.pdf");
            assertThat(check(r).outcome()).isEqualTo(RegisterCheck.Outcome.FORK);
            assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        }
    }

    static javax.sql.DataSource h2(String name) {
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL("jdbc:h2:" + dir.resolve("memory-" + name).toAbsolutePath());
        ds.setUser("sa");
        return ds;
    }

    @Test
    void aVoidAppendedLaterMakesTheCopyInvalidAndTheMemoryAdvances() throws Exception {
        service = new RegisterServiceFixture(g);
        CheckpointMemory memory = CheckpointMemory.inMemory();
        assertThat(verifier(service, memory).verify(genuine, "copy.pdf").verdict()).isEqualTo(Verdict.VALID);
        service.serve(voided);
        VerificationReport r = verifier(service, memory).verify(genuine, "copy.pdf");
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(check(r).outcome()).isEqualTo(RegisterCheck.Outcome.VOID);
        assertThat(r.reasons()).extracting(Finding::code).contains("REGISTER_VOID");
        assertThat(memory.latest(ORIGIN).orElseThrow().size()).isEqualTo(5);
        // served the older view again, the register must still prove the rows at the size remembered (5): it cannot
        service.serve(g);
        VerificationReport rolledBack = verifier(service, memory).verify(genuine, "copy.pdf");
        assertThat(rolledBack.verdict()).isNotEqualTo(Verdict.VALID);
    }

    @Test
    void hidingTheVoidIsNeverValid() throws Exception {
        service = new RegisterServiceFixture(voided).fault(Fault.VOID_HIDDEN_BY_OLDER_TREE);
        VerificationReport older = verifier(service, CheckpointMemory.inMemory()).verify(genuine, "copy.pdf");
        assertThat(older.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(check(older).outcome()).isEqualTo(RegisterCheck.Outcome.PROOF_INVALID);
        assertThat(older.reasons()).extracting(Finding::en).anySatisfy(m -> assertThat(m).contains("at size 4, not", "at size 5"));
        service.fault(Fault.VOID_WITHHELD);
        VerificationReport withheld = verifier(service, CheckpointMemory.inMemory()).verify(genuine, "copy.pdf");
        assertThat(withheld.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(withheld.reasons()).extracting(Finding::code).contains("REGISTER_ROW_WITHHELD");
    }

    @Test
    void rowsOfAnotherNumberOrMovedRowsAreRefused() throws Exception {
        service = new RegisterServiceFixture(g).fault(Fault.OTHER_NUMBER);
        CheckpointMemory memory = CheckpointMemory.inMemory();
        VerificationReport other = verifier(service, memory).verify(genuine, "copy.pdf");
        assertThat(other.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(check(other).outcome()).isEqualTo(RegisterCheck.Outcome.PROOF_INVALID);
        assertThat(other.reasons()).extracting(Finding::en).anySatisfy(m -> assertThat(m).contains("not about number 2/2026"));
        service.fault(Fault.MOVED_ROW);
        VerificationReport moved = verifier(service, memory).verify(genuine, "copy.pdf");
        assertThat(check(moved).outcome()).isEqualTo(RegisterCheck.Outcome.PROOF_INVALID);
        assertThat(moved.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(memory.latest(ORIGIN)).isEmpty();
    }

    @Test
    void aCheckpointNotSignedByTheDirectorysKeyIsRefused() throws Exception {
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        NoteSigner impostor = NoteSigner.of(ORIGIN, other.getPrivate(), other.getPublic());
        service = new RegisterServiceFixture(g).noteFilter(note -> impostor.sign(note.substring(0, note.indexOf("\n\n") + 1)));
        CheckpointMemory memory = CheckpointMemory.inMemory();
        VerificationReport r = verifier(service, memory).verify(genuine, "copy.pdf");
        assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(r.reasons()).extracting(Finding::code).contains("REGISTER_CHECKPOINT_INVALID");
        assertThat(memory.latest(ORIGIN)).isEmpty();
    }

    @Test
    void unreachableSlowTricklingOversizedOrMalformedIsIndeterminateAndNothingIsRemembered() throws Exception {
        service = new RegisterServiceFixture(g);
        List<String> reasons = new ArrayList<>();
        for (Fault f : List.of(Fault.SLOW, Fault.TRICKLE, Fault.HUGE, Fault.MALFORMED_JSON, Fault.DUPLICATE_KEY)) {
            service.fault(f);
            CheckpointMemory memory = CheckpointMemory.inMemory();
            VerificationReport r = verifier(service, memory).verify(genuine, "copy.pdf");
            assertThat(r.verdict()).as(f.name()).isEqualTo(Verdict.INDETERMINATE);
            assertThat(check(r).outcome()).as(f.name()).isEqualTo(RegisterCheck.Outcome.UNAVAILABLE);
            Finding why = r.reasons().stream().filter(x -> x.code().equals("REGISTER_UNAVAILABLE")).findFirst().orElseThrow();
            assertThat(why.en()).startsWith("register not reachable: ");
            assertThat(why.vi()).startsWith("không truy cập được sổ: ");
            reasons.add(why.en());
            assertThat(memory.latest(ORIGIN)).as(f.name()).isEmpty();
        }
        assertThat(reasons.get(0)).contains("within 2000 ms");
        assertThat(reasons.get(1)).contains("within 2000 ms");
        assertThat(reasons.get(2)).contains("larger than");
        assertThat(reasons.get(3)).contains("malformed answer");
        assertThat(reasons.get(4)).contains("Duplicate field");
        // nobody listening
        java.net.URI closed = service.base();
        service.close();
        service = null;
        RegisterDirectory gone = RegisterDirectory.of(List.of(new RegisterDirectory.Agency(AGENCY, closed,
                registerKey.verifier().verifierKey(), ORIGIN, List.of(), 0)));
        VerificationReport down = CopyVerifier.builder().trustAnchors(anchors).registerDirectory(gone).build()
                .verify(genuine, "copy.pdf");
        assertThat(down.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(down.reasons()).extracting(Finding::en).anySatisfy(m -> assertThat(m).contains("cannot connect"));
    }

    @Test
    void aRememberedCheckpointSurvivesInAFolderAndAForkIsCaughtAfterARestart() throws Exception {
        service = new RegisterServiceFixture(g);
        Path folder = dir.resolve("memory-restart");
        assertThat(verifier(service, CheckpointMemory.inDirectory(folder)).verify(genuine, "copy.pdf").verdict())
                .isEqualTo(Verdict.VALID);
        service.serve(rewritten);
        VerificationReport r = verifier(service, CheckpointMemory.inDirectory(folder)).verify(genuine, "copy.pdf");
        assertThat(check(r).outcome()).isEqualTo(RegisterCheck.Outcome.FORK);
        Checkpoint kept = CheckpointMemory.inDirectory(folder).latest(ORIGIN).orElseThrow();
        assertThat(Base64.getEncoder().encodeToString(kept.rootHash())).isEqualTo(root(g));
    }

    // ------------------------------------------------------------------ witnesses (k of n)

    /** A real witness (bansao-transparency's Witness on its JDK HTTP server) that knows the register's key. */
    static final class RealWitness implements AutoCloseable {
        final vn.bansao.transparency.witness.CosignatureSigner signer;
        final vn.bansao.transparency.witness.WitnessServer server;
        final vn.bansao.transparency.witness.Witness witness;

        RealWitness(String name, Path state) throws Exception {
            KeyPair kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            signer = vn.bansao.transparency.witness.CosignatureSigner.of(name, kp.getPrivate(), kp.getPublic());
            witness = vn.bansao.transparency.witness.Witness.builder().signer(signer)
                    .store(vn.bansao.transparency.witness.WitnessStateStore.inDirectory(state))
                    .log(registerKey.verifier()).build();
            server = vn.bansao.transparency.witness.WitnessServer.start(
                    new java.net.InetSocketAddress("127.0.0.1", 0), witness);
        }

        /** Submits the register's latest checkpoint as the service would (first submission: old size 0). */
        String cosign(CertificationRegister r) throws Exception {
            return witness.addCheckpoint(0, List.of(), r.latestCheckpoint().orElseThrow().note());
        }

        RegisterDirectory.Witness entry() {
            return new RegisterDirectory.Witness(signer.name(), server.uri(), signer.verifier().verifierKey());
        }

        @Override
        public void close() {
            server.close();
        }
    }

    static CopyVerifier witnessed(RegisterServiceFixture s, List<RegisterDirectory.Witness> witnesses, int quorum,
                                  CheckpointMemory memory) {
        RegisterDirectory d = RegisterDirectory.of(List.of(new RegisterDirectory.Agency(AGENCY, s.base(),
                registerKey.verifier().verifierKey(), ORIGIN, witnesses, quorum)));
        return CopyVerifier.builder().trustAnchors(anchors).registerDirectory(d).checkpointMemory(memory)
                .registerNetwork(Duration.ofSeconds(2), 1 << 20).build();
    }

    @Test
    void aCheckpointCosignedByTheQuorumIsAcceptedAndOneWithoutIsNotWitnessed() throws Exception {
        try (RealWitness w1 = new RealWitness("witness.hcm.example.vn", dir.resolve("w1-a"));
             RealWitness w2 = new RealWitness("witness.hn.example.vn", dir.resolve("w2-a"))) {
            String cosignature = w1.cosign(g);
            service = new RegisterServiceFixture(g).noteFilter(note -> note + cosignature);
            CheckpointMemory memory = CheckpointMemory.inMemory();
            VerificationReport ok = witnessed(service, List.of(w1.entry(), w2.entry()), 1, memory).verify(genuine, "copy.pdf");
            assertThat(ok.verdict()).as(ok.reasons().toString()).isEqualTo(Verdict.VALID);
            assertThat(check(ok).findings()).extracting(Finding::en)
                    .anySatisfy(m -> assertThat(m).contains("witnesses: witness.hcm.example.vn"));
            // two of two required: w2 never saw the register, so nothing contradicts the checkpoint, nothing confirms it
            CheckpointMemory fresh = CheckpointMemory.inMemory();
            VerificationReport two = witnessed(service, List.of(w1.entry(), w2.entry()), 2, fresh).verify(genuine, "copy.pdf");
            assertThat(two.verdict()).isEqualTo(Verdict.INDETERMINATE);
            assertThat(check(two).outcome()).isEqualTo(RegisterCheck.Outcome.NOT_WITNESSED);
            assertThat(two.reasons()).extracting(Finding::en).anySatisfy(m -> assertThat(m)
                    .contains("carries 1 of the 2 witness cosignatures", "witness.hn.example.vn"));
            assertThat(fresh.latest(ORIGIN)).isEmpty();
            // a cosignature line of a key the directory does not list counts for nothing
            service.noteFilter(note -> note + cosignature.replace("witness.hcm.example.vn", "witness.hn.example.vn"));
            assertThat(check(witnessed(service, List.of(w2.entry()), 1, CheckpointMemory.inMemory()).verify(genuine, "copy.pdf"))
                    .outcome()).isEqualTo(RegisterCheck.Outcome.NOT_WITNESSED);
        }
    }

    @Test
    void aSplitViewIsCaughtThroughAWitnessThatSawTheOtherHistory() throws Exception {
        try (RealWitness w = new RealWitness("witness.hcm.example.vn", dir.resolve("w-split"))) {
            w.cosign(g); // the witness saw (and cosigned) the genuine history
            // this verifier is shown the rewritten history, uncosigned: the witness's checkpoint contradicts it
            service = new RegisterServiceFixture(rewritten);
            CheckpointMemory memory = CheckpointMemory.inMemory();
            VerificationReport r = witnessed(service, List.of(w.entry()), 1, memory).verify(genuine, "copy.pdf");
            assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
            assertThat(check(r).outcome()).isEqualTo(RegisterCheck.Outcome.FORK);
            Finding split = r.reasons().stream().filter(f -> f.code().equals("REGISTER_SPLIT_VIEW")).findFirst().orElseThrow();
            assertThat(split.en()).contains("witness.hcm.example.vn", ORIGIN, "size 4 root " + root(g),
                    "size 4 root " + root(rewritten));
            assertThat(memory.latest(ORIGIN)).isEmpty();
            // a regrown log is caught through the consistency proof the register cannot give
            service.serve(regrown);
            VerificationReport regrownView = witnessed(service, List.of(w.entry()), 1, memory).verify(genuine, "copy.pdf");
            assertThat(check(regrownView).outcome()).isEqualTo(RegisterCheck.Outcome.FORK);
            // an honest extension the witness has not cosigned yet is only not witnessed
            service.serve(voided);
            VerificationReport later = witnessed(service, List.of(w.entry()), 1, memory).verify(genuine, "copy.pdf");
            assertThat(later.verdict()).isEqualTo(Verdict.INDETERMINATE);
            assertThat(check(later).outcome()).isEqualTo(RegisterCheck.Outcome.NOT_WITNESSED);
        }
    }
}

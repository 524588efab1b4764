package vn.bansao.transparency.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.transparency.checkpoint.SignedCheckpoint;
import vn.bansao.transparency.note.NoteSigner;
import vn.bansao.transparency.note.NoteVerifier;
import vn.bansao.transparency.note.SignedNote;

/**
 * The witness logic over a real file store: first checkpoint, growth, stale old size, forks at the same and at a
 * bigger size, unknown logs, bad signatures, malformed requests, concurrency, restart, and the requests of
 * litewitness's own tests (an independent implementation's vectors).
 */
class WitnessTest {

    static final String ORIGIN = "bansao.vn/register/000.00.12.H29";
    static final long NOW = 1_796_000_000L;

    @TempDir
    Path dir;
    TestLog log;
    CosignatureSigner signer;
    Witness witness;

    @BeforeEach
    void setUp() throws Exception {
        log = new TestLog(ORIGIN, "a");
        KeyPair kp = CosignatureTest.ed25519();
        signer = CosignatureSigner.of("tuphap.hochiminhcity.gov.vn/witness", kp.getPrivate(), kp.getPublic());
        witness = newWitness(dir);
    }

    Witness newWitness(Path state) throws Exception {
        return Witness.builder().signer(signer).store(WitnessStateStore.inDirectory(state)).log(log.key.verifier())
                .clock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC)).build();
    }

    String add(int oldSize, int size) throws Exception {
        return witness.addCheckpoint(oldSize, log.proof(oldSize, size), log.note(size));
    }

    @Test
    void theFirstCheckpointIsCosignedAndStoredWithTheLogSignature() throws Exception {
        String line = add(0, 3);
        Checkpoint cp = log.checkpoint(3);
        assertThat(signer.verifier().verify(log.note(3) + line, cp)).contains(NOW);
        String latest = witness.latest(ORIGIN).orElseThrow();
        assertThat(SignedCheckpoint.parse(latest).verify(log.key.verifier())).isEqualTo(cp);
        assertThat(WitnessPolicy.of(1, List.of(signer.verifier())).check(latest, cp).satisfied()).isTrue();
        assertThat(latest).endsWith(line);
        // a first checkpoint needs old size 0
        Witness fresh = newWitness(dir.resolve("other"));
        assertKind(() -> fresh.addCheckpoint(3, log.proof(3, 5), log.note(5)), WitnessException.Kind.CONFLICT,
                e -> assertThat(e.witnessSize()).contains(0L));
    }

    @Test
    void growthWithAValidProofAndResubmissionOfTheSameCheckpoint() throws Exception {
        add(0, 3);
        String line = add(3, 7);
        assertThat(signer.verifier().verify(log.note(7) + line, log.checkpoint(7))).isPresent();
        add(7, 7);                                              // the same checkpoint again: cosigned again
        add(7, 8);
        assertThat(size(witness)).isEqualTo(8);
        // old size 0 again once the witness holds a checkpoint: conflict with its size
        assertKind(() -> add(0, 9), WitnessException.Kind.CONFLICT, e -> assertThat(e.witnessSize()).contains(8L));
    }

    @Test
    void aStaleOldSizeIsAConflictNamingTheWitnessSize() throws Exception {
        add(0, 3);
        add(3, 7);
        // a valid proof, but from a size the witness no longer holds (a rollback attempt or a stale client)
        assertKind(() -> add(3, 9), WitnessException.Kind.CONFLICT, e -> {
            assertThat(e.witnessSize()).contains(7L);
            assertThat(e.getMessage()).contains("7");
        });
        assertKind(() -> add(5, 9), WitnessException.Kind.CONFLICT, e -> assertThat(e.witnessSize()).contains(7L));
        add(7, 9);
    }

    @Test
    void aForkAtTheSameSizeIsInconsistent() throws Exception {
        add(0, 3);
        add(3, 7);
        String before = witness.latest(ORIGIN).orElseThrow();
        TestLog fork = log.fork(5, "b");                          // same key, rows 5 and 6 rewritten
        assertKind(() -> witness.addCheckpoint(7, List.of(), fork.note(7)), WitnessException.Kind.INCONSISTENT,
                e -> assertThat(e.getMessage()).contains("split view"));
        // the other root of size 7 is not cosigned and the state is unchanged
        assertThat(witness.latest(ORIGIN)).contains(before);
    }

    @Test
    void aForkAtABiggerSizeFailsTheProof() throws Exception {
        add(0, 3);
        add(3, 7);
        String before = witness.latest(ORIGIN).orElseThrow();
        TestLog fork = log.fork(5, "b");
        // the fork's own proof 7 -> 9 starts from the fork's root at 7, not the cosigned one
        assertKind(() -> witness.addCheckpoint(7, fork.proof(7, 9), fork.note(9)), WitnessException.Kind.INCONSISTENT,
                e -> assertThat(e.getMessage()).contains("consistency proof"));
        // the honest proof 7 -> 9 does not lead to the fork's root either
        assertKind(() -> witness.addCheckpoint(7, log.proof(7, 9), fork.note(9)), WitnessException.Kind.INCONSISTENT, e -> { });
        // a truncated proof, an empty one
        List<byte[]> shortProof = log.proof(7, 9).subList(0, 1);
        assertKind(() -> witness.addCheckpoint(7, shortProof, log.note(9)), WitnessException.Kind.INCONSISTENT, e -> { });
        assertKind(() -> witness.addCheckpoint(7, List.of(), log.note(9)), WitnessException.Kind.INCONSISTENT, e -> { });
        assertThat(witness.latest(ORIGIN)).contains(before);
        // a fork from the very start, offered as a first checkpoint elsewhere, is fine there: that witness saw nothing
        add(7, 9);
    }

    @Test
    void sizeZeroAndOldSizeZeroRules() throws Exception {
        // size 0 with the empty root is fine; any other root is not
        witness.addCheckpoint(0, List.of(), log.note(0));
        Checkpoint bogus = new Checkpoint(ORIGIN, 0, new byte[32]);
        assertKind(() -> witness.addCheckpoint(0, List.of(), log.key.sign(bogus.body())), WitnessException.Kind.INCONSISTENT, e -> { });
        // old size 0 takes no proof
        assertKind(() -> witness.addCheckpoint(0, List.of(new byte[32]), log.note(4)), WitnessException.Kind.INCONSISTENT, e -> { });
        add(0, 4);
        // an old size above the checkpoint's size is malformed (400), not a conflict
        assertKind(() -> witness.addCheckpoint(9, List.of(), log.note(4)), WitnessException.Kind.MALFORMED, e -> { });
    }

    @Test
    void unknownLogsAndBadSignaturesAreRefused() throws Exception {
        TestLog other = new TestLog("bansao.vn/register/000.00.00.H56", "x");
        assertKind(() -> witness.addCheckpoint(0, List.of(), other.note(2)), WitnessException.Kind.UNKNOWN_ORIGIN,
                e -> assertThat(e.getMessage()).contains("000.00.00.H56"));
        // the right origin signed by another key (an impostor of the register)
        NoteSigner impostor = TestLog.newKey(ORIGIN);
        assertKind(() -> witness.addCheckpoint(0, List.of(), impostor.sign(log.checkpoint(2).body())),
                WitnessException.Kind.BAD_SIGNATURE, e -> { });
        // the register's signature over another text
        String note = log.note(2);
        String edited = note.replaceFirst("\n2\n", "\n3\n");
        assertKind(() -> witness.addCheckpoint(0, List.of(), edited), WitnessException.Kind.BAD_SIGNATURE, e -> { });
        // nothing was stored
        assertThat(witness.latest(ORIGIN)).isEmpty();
        // unknown origins have no latest either
        assertThat(witness.latest(other.origin)).isEmpty();
    }

    @Test
    void malformedNotesAndRequests() throws Exception {
        assertKind(() -> witness.addCheckpoint(0, List.of(), "no signatures\n"), WitnessException.Kind.MALFORMED, e -> { });
        assertKind(() -> witness.addCheckpoint(0, List.of(), log.key.sign("not\na checkpoint\n")),
                WitnessException.Kind.MALFORMED, e -> { });
        for (String body : List.of("", "old\n\n", "old 01\n\nx", "old -1\n\nx", "old +1\n\nx", "old 1 \n\nx",
                "old 99999999999999999999\n\nx", "old 0\nx", "old 0\n\n", "OLD 0\n\nx",
                "old 1\nAAAA\n\nx", "old 1\n" + java.util.Base64.getEncoder().encodeToString(new byte[31]) + "\n\nx",
                "old 1\n" + "A".repeat(42) + "B=\n\nx",                                       // non-canonical base64
                "old 1\n" + "A".repeat(43) + "\n\nx",                                         // no padding
                "old 1\n" + (java.util.Base64.getEncoder().encodeToString(new byte[32]) + "\n").repeat(64) + "\nx")) {
            assertThatThrownBy(() -> AddCheckpointRequest.parse(body)).as(body).isInstanceOf(WitnessException.class)
                    .extracting(e -> ((WitnessException) e).kind()).isEqualTo(WitnessException.Kind.MALFORMED);
        }
        AddCheckpointRequest ok = AddCheckpointRequest.parse(new AddCheckpointRequest(3, log.proof(3, 7), log.note(7)).format());
        assertThat(ok.oldSize()).isEqualTo(3);
        assertThat(ok.proof()).hasSize(log.proof(3, 7).size());
        assertThat(ok.note()).isEqualTo(log.note(7));
    }

    @Test
    void onlyTheLogSignatureAndTheCosignatureAreKept() throws Exception {
        NoteSigner stranger = TestLog.newKey("someone.example/else");
        String note = log.note(3);
        String junk = stranger.sign(log.checkpoint(3).body());
        String withJunk = note + junk.substring(junk.lastIndexOf("\n\n") + 2);
        String line = witness.addCheckpoint(0, List.of(), withJunk);
        SignedNote stored = SignedNote.parse(witness.latest(ORIGIN).orElseThrow());
        assertThat(stored.signatures()).extracting(SignedNote.Line::name).containsExactly(ORIGIN, signer.name());
        assertThat(stored.signatures().get(1).toLine()).isEqualTo(line);
    }

    @Test
    void concurrentSubmissionsCannotBothWinNorRollBack() throws Exception {
        add(0, 3);
        // many clients race from size 3, to sizes 4..11; two witnesses (as two processes) share the directory
        Witness second = newWitness(dir);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int size = 4; size <= 11; size++) {
                int s = size;
                Witness w = size % 2 == 0 ? witness : second;
                List<byte[]> proof = log.proof(3, s);
                String note = log.note(s);
                results.add(pool.submit((Callable<String>) () -> {
                    try {
                        return "ok " + s + " " + w.addCheckpoint(3, proof, note);
                    } catch (WitnessException e) {
                        return e.kind() + " " + e.witnessSize().orElse(-1L);
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            List<String> wins = outcomes.stream().filter(o -> o.startsWith("ok ")).toList();
            assertThat(wins).as(outcomes.toString()).hasSize(1);
            long winner = Long.parseLong(wins.get(0).split(" ")[1]);
            assertThat(outcomes.stream().filter(o -> !o.startsWith("ok ")))
                    .allSatisfy(o -> assertThat(o).isEqualTo("CONFLICT " + winner));
            assertThat(size(witness)).isEqualTo(winner);
            assertThat(size(second)).isEqualTo(winner);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theStateSurvivesARestart() throws Exception {
        add(0, 3);
        add(3, 6);
        Witness restarted = newWitness(dir);
        assertThat(restarted.latest(ORIGIN)).isEqualTo(witness.latest(ORIGIN));
        assertKind(() -> restarted.addCheckpoint(3, log.proof(3, 8), log.note(8)), WitnessException.Kind.CONFLICT,
                e -> assertThat(e.witnessSize()).contains(6L));
        restarted.addCheckpoint(6, log.proof(6, 8), log.note(8));
        // a state file of another origin under this origin's name is refused, not believed
        Path file = dir.resolve(DirectoryStateStore.originHash(ORIGIN) + ".checkpoint");
        java.nio.file.Files.writeString(file, new TestLog("evil.example/log", "e").note(1));
        assertThatThrownBy(() -> restarted.latest(ORIGIN)).isInstanceOf(java.io.IOException.class);
    }

    /**
     * The requests of filippo.io/torchwood's litewitness tests (cmd/litewitness/testdata/litewitness.txt and
     * internal/witness/witness_test.go): a sigsum log's real Ed25519 signatures and consistency proofs, with the
     * answers that implementation gives.
     */
    @Test
    void litewitnessRequestsGetTheSameAnswers() throws Exception {
        String origin = "sigsum.org/v1/tree/4d6d8825a6bb689d459628312889dfbb0bcd41b5211d9e1ce768b0ff0309e562";
        byte[] raw = HexFormat.of().parseHex("ffdc2d4d98e4124d3feaf788c0c2f9abfd796083d1f0495437f302ec79cf100f");
        NoteVerifier logKey = NoteVerifier.parse(origin + "+" + keyIdHex(origin, raw) + "+"
                + java.util.Base64.getEncoder().encodeToString(concat(new byte[] {1}, raw)));
        Witness w = Witness.builder().signer(signer).store(WitnessStateStore.inDirectory(dir.resolve("sigsum")))
                .log(logKey).build();
        String cp1 = origin + "\n1\nKgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n\u2014 " + origin
                + " UgIom7fPZTqpxWWhyjWduBvTvGVqsokMbqTArsQilegKoFBJQjUFAmQ0+YeSPM3wfUQMFSzVnnNuWRTYrajXpNUbIQY=\n";
        String cp3 = origin + "\n3\nRcCI1Nk56ZcSmIEfIn0SleqtV7uvrlXNccFx595Iwl0=\n\n\u2014 " + origin
                + " UgIom2VbtIcdFbwFAy1n7s6IkAxIY6J/GQOTuZF2ORV39d75cbAj2aQYwyJre36kezNobZs4SUUdrcawfAB8WVrx6go=\n";
        String cp5 = origin + "\n5\nQrtXrQZCCvpIgsSmOsah7HdICzMLLyDfxToMql9WTjY=\n\n\u2014 " + origin
                + " UgIomw/EOJmWi0i1FQsOj+etB7F8IccFam/jgd6wzRns4QPVmyEZtdvl1U2KEmLOZ/ASRcWJi0tW90dJWAShei7sDww=\n";
        String proof13 = "KgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\nKgIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n";
        String proof15 = "KgEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n+fUDV+k970B4I3uKrqJM4aP1lloPZP8mvr2Z4wRw2LI=\n"
                + "KgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n";
        assertThat(w.addCheckpoint(AddCheckpointRequest.parse("old 0\n\n" + cp1))).startsWith("\u2014 " + signer.name() + " ");
        // a bad signature of the log key: 403 there ("invalid signature")
        String tampered = cp3.replace("6go=", "6gx=");
        assertKind(() -> w.addCheckpoint(AddCheckpointRequest.parse("old 1\n" + proof13 + "\n" + tampered)),
                WitnessException.Kind.BAD_SIGNATURE, e -> { });
        // another origin (a digit changed): unknown log (404 by the current spec)
        String otherOrigin = cp3.replace("e562", "e563");
        assertKind(() -> w.addCheckpoint(AddCheckpointRequest.parse("old 1\n" + proof13 + "\n" + otherOrigin)),
                WitnessException.Kind.UNKNOWN_ORIGIN, e -> { });
        // no proof, and a proof with one byte changed: 422 ("consistency proof")
        assertKind(() -> w.addCheckpoint(AddCheckpointRequest.parse("old 1\n\n" + cp3)), WitnessException.Kind.INCONSISTENT, e -> { });
        String badProof = proof13.replace("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABA=\n");
        assertKind(() -> w.addCheckpoint(AddCheckpointRequest.parse("old 1\n" + badProof + "\n" + cp3)),
                WitnessException.Kind.INCONSISTENT, e -> { });
        // the proof 1 -> 5 of the race test, then 1 -> 3 conflicts with 5 as it does there
        w.addCheckpoint(AddCheckpointRequest.parse("old 1\n" + proof15 + "\n" + cp5));
        assertKind(() -> w.addCheckpoint(AddCheckpointRequest.parse("old 1\n" + proof13 + "\n" + cp3)),
                WitnessException.Kind.CONFLICT, e -> assertThat(e.witnessSize()).contains(5L));
        // and 1 -> 3 is a valid proof on its own
        Witness w2 = Witness.builder().signer(signer).store(WitnessStateStore.inDirectory(dir.resolve("sigsum2")))
                .log(logKey).build();
        w2.addCheckpoint(AddCheckpointRequest.parse("old 0\n\n" + cp1));
        w2.addCheckpoint(AddCheckpointRequest.parse("old 1\n" + proof13 + "\n" + cp3));
        assertThat(size(w2, origin)).isEqualTo(3);
    }

    static String keyIdHex(String name, byte[] raw) throws Exception {
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        md.update((name + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update((byte) 1);
        return HexFormat.of().formatHex(md.digest(raw), 0, 4);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    long size(Witness w) throws Exception {
        return size(w, ORIGIN);
    }

    static long size(Witness w, String origin) throws Exception {
        return SignedCheckpoint.parse(w.latest(origin).orElseThrow()).checkpoint().size();
    }

    static void assertKind(ThrowingCallable call, WitnessException.Kind kind, Consumer<WitnessException> more) {
        assertThatThrownBy(call).isInstanceOf(WitnessException.class)
                .satisfies(e -> assertThat(((WitnessException) e).kind()).as(e.getMessage()).isEqualTo(kind))
                .satisfies(e -> more.accept((WitnessException) e));
    }
}

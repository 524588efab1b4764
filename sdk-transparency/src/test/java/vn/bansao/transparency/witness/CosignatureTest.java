package vn.bansao.transparency.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.transparency.checkpoint.SignedCheckpoint;
import vn.bansao.transparency.note.NoteVerifier;
import vn.bansao.transparency.note.SignedNote;

/**
 * cosignature/v1: real cosignatures made by three witnesses of the public witness network (independent
 * implementations), key IDs of transparency-dev/formats' tests, round trips and forgeries.
 */
class CosignatureTest {

    /**
     * A checkpoint of the staging CT log arche2025h1, as served with the cosignatures of the public witness network
     * (quoted as a test vector by the tlog-scales tests). Verifying it proves the vector: nobody but the key holders
     * could have made these Ed25519 signatures.
     */
    static final String ARCHE_BODY = "arche2025h1.staging.ct.transparency.dev\n1432088532\n"
            + "U7WM79jrzyhGZ5/GUBTpM7NzwdyfFx61t3RovgcC4Ro=\n";
    static final String ARCHE_NOTE = ARCHE_BODY + "\n"
            + "\u2014 arche2025h1.staging.ct.transparency.dev zTM8sQAAAZ5W0WdjBAMARjBEAiBjW5IQf9pvsYLfQFX6hoGREPMHbdQ3urbllzalApkptQIgIpwtEroeW2BXaHAI4kJXFbon5Ch9MNL5zRNZ55lvGt0=\n"
            + "\u2014 arche2025h1.staging.ct.transparency.dev ui8GwCF1+kWqZrxGdhj4aX3gcw7XUlXQQabg/27lefwhUkzbC3NygNI75MdhL1bfTW9g8Ei59RA23oHP7Ry1k3ZFWwQ=\n"
            + "\u2014 transparency.dev/DEV:witness-little-garden 2AQqhwAAAABqEiEgzgFIqqhbUoDwjMWE6UP8nd8/KYTzwZ2rhIgcqoXHAwVkjZr4AscylP3v7sEodkRAErumC2q44vdgJY096st5BQ==\n"
            + "\u2014 witness1.smartit.nu/witness1 pIyCDwAAAABqEiEghIp82KWebrw7/oHQwlTAm3g2RKS4+eebl8eO0WH+/iEcxZ75W3u5hNI7TOQtmJbqmNWVuE0tgh0XwzdZsDsUAQ==\n"
            + "\u2014 remora.n621.de 2net5wAAAABqEiEgPlfF3V06o0Y+fHM+J5J9s27wgxxcOVSpZ/2g/KSiXCg9DEZI+aVCIobWX9sXTynk5XeU/zZ0WBxtqB0DrAWfBw==\n"
            + "\u2014 witness.stagemole.eu Z/euoAAAAABqEiEgw0i+7g2ENfDAWHmtRzCfKTHSDwYDJA2NmKeGi9Y8FtEyOUvVr+AJmIY/2TUFucgKi7lI7cUiOvKFYe/TmN9DAg==\n";
    static final String ARCHE_LOG_KEY = "arche2025h1.staging.ct.transparency.dev+ba2f06c0+AU0vHmlGCS/PdN8b2OaGmKprLI8HKM+dJ472xgFYh15f";
    /** Published witness keys (type 0x04); remora's is also in transparency-dev/formats' note_cosigv1_test.go. */
    static final String REMORA = "remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2";
    static final String LITTLE_GARDEN = "transparency.dev/DEV:witness-little-garden+d8042a87+BCtusOxINQNUTN5Oj8HObRkh2yHf/MwYaGX4CPdiVEPM";
    static final String SMARTIT = "witness1.smartit.nu/witness1+a48c820f+BPSFWg9G6KPiO7QPryYO5Xq4oYJJ+kAvLKLSimDhoxMO";
    /** The three cosignatures' timestamp, 0x6a122120. */
    static final long ARCHE_TIME = 1779573024L;

    @Test
    void realCosignaturesOfThePublicWitnessNetworkVerify() throws Exception {
        Checkpoint cp = SignedCheckpoint.parse(ARCHE_NOTE).verify(NoteVerifier.parse(ARCHE_LOG_KEY));
        assertThat(cp.body()).isEqualTo(ARCHE_BODY);
        for (String vkey : List.of(REMORA, LITTLE_GARDEN, SMARTIT)) {
            CosignatureVerifier w = CosignatureVerifier.parse(vkey);
            assertThat(w.verifierKey()).isEqualTo(vkey);          // key ID recomputed per the spec
            assertThat(w.verify(ARCHE_NOTE, cp)).as(vkey).contains(ARCHE_TIME);
        }
        WitnessPolicy.Result r = WitnessPolicy.of(3, List.of(CosignatureVerifier.parse(REMORA),
                CosignatureVerifier.parse(LITTLE_GARDEN), CosignatureVerifier.parse(SMARTIT))).check(ARCHE_NOTE, cp);
        assertThat(r.satisfied()).isTrue();
        assertThat(r.cosignedBy()).containsExactly("remora.n621.de", "transparency.dev/DEV:witness-little-garden",
                "witness1.smartit.nu/witness1");
    }

    @Test
    void editsOfTheRealVectorAreRefused() {
        CosignatureVerifier remora = CosignatureVerifier.parse(REMORA);
        Checkpoint cp = Checkpoint.parse(ARCHE_BODY);
        // another size in the note: the body is not the checkpoint's
        String otherSize = ARCHE_NOTE.replace("1432088532", "1432088533");
        assertThat(remora.verify(otherSize, cp)).isEmpty();
        assertThat(remora.verify(otherSize, Checkpoint.parse(ARCHE_BODY.replace("1432088532", "1432088533")))).isEmpty();
        // the timestamp changed inside the signature
        String line = ARCHE_NOTE.lines().filter(l -> l.startsWith("\u2014 remora")).findFirst().orElseThrow();
        byte[] blob = Base64.getDecoder().decode(line.substring(line.lastIndexOf(' ') + 1));
        blob[11] ^= 1;
        String retimed = ARCHE_BODY + "\n\u2014 remora.n621.de " + Base64.getEncoder().encodeToString(blob) + "\n";
        assertThat(remora.verify(retimed, cp)).isEmpty();
        // remora's signature moved under another witness's name: neither name nor key ID matches
        String renamed = ARCHE_BODY + "\n" + line.replace("remora.n621.de", "witness1.smartit.nu/witness1") + "\n";
        assertThat(CosignatureVerifier.parse(SMARTIT).verify(renamed, cp)).isEmpty();
    }

    @Test
    void keyIdsAndKeyTypesAreChecked() {
        // transparency-dev/formats: a 0x01 note key is not a cosignature key here (it signs without timestamp)
        assertThatThrownBy(() -> CosignatureVerifier.parse("TEST+7997405c+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0x04").hasMessageContaining("0x01");
        assertThatThrownBy(() -> CosignatureVerifier.parse(REMORA.replace("da77ade7", "da77ade8")))
                .hasMessageContaining("key ID");
        assertThatThrownBy(() -> CosignatureVerifier.parse("remora.n621.de+da77ade7"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CosignatureVerifier.parse("remora.n621.de+da77ade7+!!!"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CosignatureVerifier.parse("remora.n621.de+da77ade7+BOvN63jn"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundTripWithAnyNameAndTimestamp() throws Exception {
        KeyPair kp = ed25519();
        CosignatureSigner s = CosignatureSigner.of("tuphap.hochiminhcity.gov.vn/nhân-chứng", kp.getPrivate(), kp.getPublic());
        CosignatureVerifier v = CosignatureVerifier.parse(s.verifier().verifierKey());
        Checkpoint cp = new Checkpoint("bansao.vn/register/000.00.12.H29", 12, new byte[32], List.of("ext"));
        String line = s.cosign(cp, 1_700_000_000L);
        assertThat(line).startsWith("\u2014 tuphap.hochiminhcity.gov.vn/nhân-chứng ").endsWith("\n");
        List<SignedNote.Line> parsed = SignedNote.parseSignatureLines(line);
        assertThat(parsed.get(0).keyId()).isEqualTo(v.keyId());
        assertThat(parsed.get(0).signature()).hasSize(72);
        String note = cp.body() + "\n" + line;
        assertThat(v.verify(note, cp)).contains(1_700_000_000L);
        // the extension line is covered
        Checkpoint noExt = new Checkpoint(cp.origin(), cp.size(), cp.rootHash());
        assertThat(v.verify(noExt.body() + "\n" + line, noExt)).isEmpty();
        // two cosignatures of one key: the latest time is reported
        assertThat(v.verify(note + s.cosign(cp, 1_800_000_000L), cp)).contains(1_800_000_000L);
        // a bad line of this key spoils the note for this key, even beside a good one
        String bad = line.substring(0, line.length() - 6) + (line.charAt(line.length() - 6) == 'A' ? 'B' : 'A')
                + line.substring(line.length() - 5);
        assertThat(v.verify(note + bad, cp)).isEmpty();
        // malformed notes count as no cosignature
        assertThat(v.verify(cp.body(), cp)).isEmpty();
        assertThat(v.verify("garbage", cp)).isEmpty();
    }

    @Test
    void signerRefusesWhatTheSpecForbids() throws Exception {
        KeyPair kp = ed25519();
        assertThatThrownBy(() -> CosignatureSigner.of("Sở Tư pháp TP.HCM", kp.getPrivate(), kp.getPublic()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no spaces");
        assertThatThrownBy(() -> CosignatureSigner.of("a+b", kp.getPrivate(), kp.getPublic()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CosignatureSigner.of("w", ed25519().getPrivate(), kp.getPublic()))
                .hasMessageContaining("does not match");
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        KeyPair p256 = ec.generateKeyPair();
        assertThatThrownBy(() -> CosignatureSigner.of("w", p256.getPrivate(), p256.getPublic()))
                .hasMessageContaining("Ed25519");
        CosignatureSigner s = CosignatureSigner.of("w", kp.getPrivate(), kp.getPublic());
        Checkpoint cp = new Checkpoint("o", 1, new byte[32]);
        assertThatThrownBy(() -> s.cosign(cp, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    static KeyPair ed25519() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }
}

package vn.bansao.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.bansao.core.facts.FactsJson;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.EntryDraft;
import vn.bansao.transparency.lookup.EntryStatus;
import vn.bansao.register.RegisterEntry;
import vn.bansao.register.RegisterQuery;
import vn.bansao.signing.Level;
import vn.bansao.signing.PadesSigner;
import vn.bansao.testkit.SampleScans;
import vn.bansao.testkit.TestPki;
import vn.bansao.testkit.TestPkiExtension;

@ExtendWith(TestPkiExtension.class)
class BatchCertificationTest {

    @Test
    void certifiesReportsFailuresAndResumesWithoutHolesOrDuplicates(TestPki pki, @TempDir Path dir) throws Exception {
        SampleScans.seed(1).a4Jpeg(150).writeTo(dir.resolve("a.jpg"));
        SampleScans.seed(2).a4Png(150).writeTo(dir.resolve("b.png"));
        Files.writeString(dir.resolve("broken.jpg"), "\u00ff\u00d8 cut short");
        Files.writeString(dir.resolve("facts.json"), FactsJson.write(CertificationWorkflowTest.facts(1)));
        Path batch = Files.writeString(dir.resolve("campaign.jsonl"), String.join("\n",
                "{\"id\": \"HS-1\", \"scans\": [\"a.jpg\"], \"facts\": \"facts.json\", \"out\": \"out/1.pdf\"}",
                "{\"id\": \"HS-2\", \"scans\": [\"broken.jpg\"], \"facts\": \"facts.json\", \"out\": \"out/2.pdf\"}",
                "{\"id\": \"HS-3\", \"scans\": [\"b.png\", \"a.jpg\"], \"facts\": \"facts.json\", \"out\": \"out/3.pdf\"}",
                "{\"id\": \"HS-4\", \"scans\": [\"a.jpg\"], \"facts\": \"facts.json\", \"out\": \"out/4.pdf\"}"));
        Files.createDirectories(dir.resolve("out"));

        try (CertificationRegister register = CertificationRegister.open(dir.resolve("reg").toString())) {
            CertificationWorkflow desk = new CertificationWorkflow(register, PadesSigner.builder().level(Level.B_B).build(),
                    CertificationWorkflowTest.key(pki.officer()), CertificationWorkflowTest.key(pki.authority()));
            BatchCertification run = new BatchCertification(desk, register, batch);
            List<String> progress = new ArrayList<>();

            BatchCertification.Summary first = run.run((done, total, id) -> progress.add(done + "/" + total));

            assertThat(first.total()).isEqualTo(4);
            assertThat(first.certified()).isEqualTo(3);
            assertThat(first.failures()).extracting(BatchCertification.Failure::id).containsExactly("HS-2");
            assertThat(progress).contains("0/4", "4/4");
            assertThat(dir.resolve("out/2.pdf")).doesNotExist();

            // An interruption: HS-4's journal says "reserved" but not "completed", and its number is still RESERVED.
            RegisterEntry dangling = register.reserve(EntryDraft.from(CertificationWorkflowTest.facts(1)));
            Files.writeString(run.journal(), Files.readString(run.journal())
                    .replaceAll("(?m)^.*\"id\":\"HS-4\".*\\R", "")
                    + "{\"id\":\"HS-4\",\"event\":\"reserved\",\"agencyCode\":\"" + dangling.number().agencyCode()
                    + "\",\"registerType\":\"SCT/BS\",\"year\":2026,\"book\":" + dangling.number().book()
                    + ",\"sequence\":" + dangling.number().sequence() + "}\n");

            BatchCertification.Summary resumed = new BatchCertification(desk, register, batch).run((d, t, id) -> { });

            assertThat(resumed.skipped()).isEqualTo(2);                 // HS-1 and HS-3 are not certified twice
            assertThat(resumed.certified()).isEqualTo(1);               // HS-4 again
            assertThat(resumed.failures()).extracting(BatchCertification.Failure::id).containsExactly("HS-2");
            assertThat(register.find(dangling.number()).orElseThrow().status()).isEqualTo(EntryStatus.VOID);
            List<RegisterEntry> all = register.list(RegisterQuery.year(2026));
            assertThat(all).extracting(e -> e.number().sequence()).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(all).extracting(RegisterEntry::status).containsExactly(EntryStatus.CERTIFIED,
                    EntryStatus.CERTIFIED, EntryStatus.CERTIFIED, EntryStatus.VOID, EntryStatus.CERTIFIED);
            assertThat(register.verify().intact()).isTrue();
        }
    }
}

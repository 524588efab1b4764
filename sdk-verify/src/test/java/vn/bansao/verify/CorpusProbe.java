package vn.bansao.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Prints our verdict for every corpus file (a development aid, run with -Dtest=CorpusProbe). */
class CorpusProbe {
    @org.junit.jupiter.api.Test
    void probe() throws Exception {
        CopyVerifier v = CopyVerifier.builder().trustAnchors(SharedCorpora.corpusAnchors()).build();
        for (String c : new String[] {"dss-pades-validation", "itext-pdfinsecurity", "pyhanko-signed-pdfs"}) {
            try (Stream<Path> files = Files.list(SharedCorpora.corpus(c))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                    VerificationReport r = v.verify(f);
                    System.out.println("### " + c + "/" + f.getFileName() + " " + r.verdict() + " " + r.elapsed().toMillis() + "ms");
                    r.reasons().forEach(x -> System.out.println("     " + x.code() + " " + x.en()));
                    r.signatures().forEach(s -> System.out.println("   sig " + s.fieldName() + " " + s.indication() + " "
                            + s.subIndication().orElse(null) + " " + s.level() + " " + s.changesAfter() + " " + s.changeDetails()));
                }
            }
        }
    }
}

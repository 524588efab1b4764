package vn.bansao.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * A second, independent reading of a PDF by qpdf ({@code qpdf --json}, {@code --show-xref}) next to PDFBox's,
 * so that a disagreement between the two parsers can be a test failure.
 *
 * <pre>{@code
 * assertThat(Qpdf.pages(pdf)).isEqualTo(Qpdf.pdfboxPages(pdf));
 * }</pre>
 */
final class Qpdf {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Qpdf() {
    }

    static boolean installed() {
        return Files.isExecutable(Path.of("/usr/bin/qpdf"));
    }

    /** What one page is made of: its object and the objects of its content streams and image XObjects. */
    record Page(String object, List<String> contents, List<String> images) {
    }

    record Run(int exit, String out) {
    }

    static Run run(byte[] pdf, String... args) throws IOException, InterruptedException {
        Path tmp = Files.createTempFile("bansao-qpdf", ".pdf");
        try {
            Files.write(tmp, pdf);
            List<String> cmd = new ArrayList<>(List.of("qpdf"));
            cmd.addAll(List.of(args));
            cmd.add(tmp.toString());
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("qpdf timed out");
            }
            return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** qpdf's pages ({@code qpdf --json --json-key=pages}); exit code 3 (warnings) is accepted. */
    static List<Page> pages(byte[] pdf) throws IOException, InterruptedException {
        Run r = run(pdf, "--json", "--json-key=pages");
        if (r.exit() != 0 && r.exit() != 3) {
            throw new IOException("qpdf failed with exit code " + r.exit());
        }
        JsonNode root = JSON.readTree(r.out());
        List<Page> pages = new ArrayList<>();
        for (JsonNode p : root.get("pages")) {
            List<String> contents = new ArrayList<>();
            p.get("contents").forEach(c -> contents.add(c.asText()));
            List<String> images = new ArrayList<>();
            p.get("images").forEach(i -> images.add(i.get("object").asText()));
            pages.add(new Page(p.get("object").asText(), contents, images));
        }
        return pages;
    }

    /** The same as PDFBox reads it (images: the page's own image XObjects, in resource order). */
    static List<Page> pdfboxPages(byte[] pdf) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                COSObjectKey key = page.getCOSObject().getKey();
                List<String> contents = new ArrayList<>();
                COSBase c = page.getCOSObject().getItem(COSName.CONTENTS);
                if (c instanceof COSArray a) {
                    a.forEach(x -> contents.add(ref(x)));
                } else if (c != null) {
                    contents.add(ref(c));
                }
                List<String> images = new ArrayList<>();
                var xobjects = page.getResources() == null ? null
                        : page.getResources().getCOSObject().getCOSDictionary(COSName.XOBJECT);
                if (xobjects != null) {
                    for (COSName n : xobjects.keySet()) {
                        COSBase x = xobjects.getItem(n);
                        if (x instanceof COSObject o && o.getObject() instanceof org.apache.pdfbox.cos.COSStream s
                                && COSName.IMAGE.equals(s.getCOSName(COSName.SUBTYPE))) {
                            images.add(ref(x));
                        }
                    }
                }
                pages.add(new Page(key == null ? "direct" : key.getNumber() + " " + key.getGeneration() + " R",
                        contents, images));
            }
        }
        return pages;
    }

    private static String ref(COSBase b) {
        return b instanceof COSObject o ? o.getObjectNumber() + " " + o.getGenerationNumber() + " R" : "direct";
    }

    private static final Pattern XREF = Pattern.compile(
            "(?m)^(\\d+)/(\\d+): (?:uncompressed; offset = (\\d+)|compressed; stream = (\\d+), index = \\d+)");

    /** qpdf's cross-reference table ({@code --show-xref}): "N G" to offset, or to minus the object stream. */
    static Map<String, Long> xref(byte[] pdf) throws IOException, InterruptedException {
        Run r = run(pdf, "--show-xref");
        Map<String, Long> table = new TreeMap<>();
        Matcher m = XREF.matcher(r.out());
        while (m.find()) {
            table.put(m.group(1) + " " + m.group(2), m.group(3) != null ? Long.parseLong(m.group(3)) : -Long.parseLong(m.group(4)));
        }
        return table;
    }

    /** PDFBox's cross-reference table in the same form. */
    static Map<String, Long> pdfboxXref(byte[] pdf) throws IOException {
        Map<String, Long> table = new TreeMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            doc.getDocument().getXrefTable().forEach((k, v) -> table.put(k.getNumber() + " " + k.getGeneration(), v));
        }
        return table;
    }

    /** {@code qpdf --check}: true when qpdf finds neither errors nor warnings (it repairs silently otherwise). */
    static boolean clean(byte[] pdf) throws IOException, InterruptedException {
        return run(pdf, "--check").exit() == 0;
    }
}

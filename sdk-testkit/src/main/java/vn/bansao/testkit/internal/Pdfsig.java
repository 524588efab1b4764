package vn.bansao.testkit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Poppler's {@code pdfsig} against a fresh NSS database that trusts only the given anchors
 * ({@code certutil -N --empty-password}, {@code certutil -A -t "CT,C,C"}).
 *
 * <p>pdfsig asks the OCSP responder named in the signer's certificate (for the kit's certificates: the kit's
 * server, which must be running). Its {@code -no-ocsp} switch is not used: poppler 22.12 then reports every
 * certificate as "Unknown issue with Certificate or corrupted data".
 */
public final class Pdfsig {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern BLOCK = Pattern.compile("(?m)^Signature #(\\d+):");
    private static final Pattern SIG = Pattern.compile("- Signature Validation: (.*)");
    private static final Pattern CERT = Pattern.compile("- Certificate Validation: (.*)");
    private static final Pattern FIELD = Pattern.compile("- Signature Field Name: (.*)");

    /** One signature as pdfsig saw it. */
    public record Signature(int number, String field, String signatureValidation, String certificateValidation,
                            boolean totalDocumentSigned) {
        public boolean validAndTrusted() {
            return "Signature is Valid.".equals(signatureValidation)
                    && "Certificate is Trusted.".equals(certificateValidation);
        }
    }

    /** pdfsig's whole answer. */
    public record Report(int exitCode, String output, List<Signature> signatures) {
    }

    private Pdfsig() {
    }

    public static Report verify(Path pdf, List<X509Certificate> anchors) {
        Path nss = null;
        try {
            nss = Files.createTempDirectory("bansao-nss");
            ExternalTool.check(List.of("certutil", "-N", "-d", "sql:" + nss, "--empty-password"), Map.of(),
                    TIMEOUT);
            int i = 0;
            for (X509Certificate anchor : anchors) {
                Path pem = nss.resolve("anchor-" + i + ".pem");
                Files.writeString(pem, vn.bansao.common.Pem.certificate(anchor));
                ExternalTool.check(List.of("certutil", "-A", "-d", "sql:" + nss, "-n", "anchor-" + i++,
                        "-t", "CT,C,C", "-i", pem.toString()), Map.of(), TIMEOUT);
            }
            ExternalTool.Result r = ExternalTool.run(List.of("pdfsig", "-nssdir", "sql:" + nss,
                    pdf.toString()), Map.of(), TIMEOUT);
            return new Report(r.exitCode(), r.output(), parse(r.output()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (nss != null) {
                try (Stream<Path> files = Files.walk(nss)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    static List<Signature> parse(String output) {
        List<Signature> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(output);
        List<int[]> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), Integer.parseInt(m.group(1))});
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : output.length();
            String block = output.substring(starts.get(i)[0], end);
            out.add(new Signature(starts.get(i)[1], first(FIELD, block), first(SIG, block), first(CERT, block),
                    block.contains("- Total document signed")));
        }
        return out;
    }

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1).strip() : "";
    }
}

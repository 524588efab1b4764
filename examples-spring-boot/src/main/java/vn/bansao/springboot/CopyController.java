package vn.bansao.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.bansao.core.CertifiedCopy;
import vn.bansao.core.ScanSource;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.FactsJson;
import vn.bansao.verify.CopyVerifier;
import vn.bansao.verify.VerificationReport;

/**
 * The SDK behind two endpoints, one SDK call each:
 * <ul>
 *   <li>{@code POST /api/verify} (form field {@code file}): the verification report, JSON schema
 *       {@code bansao-verification/1};</li>
 *   <li>{@code POST /api/build} (form fields {@code facts}, the {@code bansao build --facts} JSON, and
 *       {@code scan}, one or more): the unsigned certified-copy package as PDF.</li>
 * </ul>
 *
 * <pre>{@code
 * curl -F file=@ban-sao.pdf http://localhost:8080/api/verify
 * curl -F facts=@facts.json -F scan=@trang-1.jpg -F scan=@trang-2.jpg http://localhost:8080/api/build -o goi.pdf
 * }</pre>
 */
@RestController
public class CopyController {

    private final CopyVerifier verifier;

    public CopyController(CopyVerifier verifier) {
        this.verifier = verifier;
    }

    @PostMapping(path = "/api/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public String verify(@RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            VerificationReport report = verifier.verify(in, label(file.getOriginalFilename()));
            return report.toJson();
        }
    }

    @PostMapping(path = "/api/build", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> build(@RequestPart("facts") MultipartFile facts,
                                        @RequestPart("scan") List<MultipartFile> scans) throws IOException {
        CertificationFacts parsed;
        try (InputStream in = facts.getInputStream()) {
            parsed = FactsJson.read(in);
        }
        List<ScanSource> sources = new ArrayList<>();
        for (MultipartFile scan : scans) {
            sources.add(ScanSource.of(label(scan.getOriginalFilename()), scan.getBytes()));
        }
        byte[] pdf = CertifiedCopy.builder().sources(sources).facts(parsed).build().toBytes();
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"ban-sao-" + parsed.number() + "-chua-ky.pdf\"")
                .body(pdf);
    }

    /** The client's file name as a label only: no path. */
    private static String label(String filename) {
        if (filename == null || filename.isBlank()) {
            return "upload";
        }
        return filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
    }
}

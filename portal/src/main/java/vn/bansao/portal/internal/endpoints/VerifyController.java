package vn.bansao.portal.internal.endpoints;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.core.read.CertifiedCopyReader;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.bansao.portal.PortalProperties;
import vn.bansao.portal.internal.web.PortalJson;
import vn.bansao.springboot.BansaoProperties;
import vn.bansao.springboot.BansaoTimers;
import vn.bansao.portal.internal.render.PageThumbnails;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.RegisterEntry;
import vn.bansao.verify.CopyVerifier;
import vn.bansao.verify.VerificationReport;

/**
 * {@code POST /api/verify}: a received copy in, the verdict out. The SDK call is one line
 * ({@link CopyVerifier#verify(byte[], String)} on the shared verifier); the rest is presentation: the facts
 * the copy states, its entry in this portal's register, and page previews when {@code ?thumbnails=true}.
 *
 * Each verification is timed ({@code bansao.verify}, tagged with the verdict).
 *
 * <pre>{@code
 * curl -F file=@ban-sao.pdf http://127.0.0.1:8080/api/verify
 * curl --data-binary @ban-sao.pdf -H 'Content-Type: application/pdf' http://127.0.0.1:8080/api/verify
 * }</pre>
 */
@RestController
public class VerifyController {

    private final CopyVerifier verifier;
    private final CopyVerifier ownCopies;
    private final CertificationRegister register;
    private final PageThumbnails thumbnails;
    private final String agencyName;
    private final String agencyCode;
    private final long maxUploadBytes;
    private final BansaoTimers timers;

    public VerifyController(CopyVerifier verifier, OwnCopiesVerifier ownCopies,
                            CertificationRegister register, PageThumbnails thumbnails, BansaoProperties bansao,
                            PortalProperties portal, BansaoTimers timers) {
        this.verifier = verifier;
        this.ownCopies = ownCopies.verifier();
        this.register = register;
        this.thumbnails = thumbnails;
        this.agencyName = bansao.getAgency().getName();
        this.agencyCode = bansao.getAgency().getCode();
        this.maxUploadBytes = portal.getMaxUploadBytes();
        this.timers = timers;
    }

    @PostMapping(path = "/api/verify", consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_PDF_VALUE})
    public ResponseEntity<byte[]> verify(HttpServletRequest request,
                                         @RequestParam(name = "thumbnails", required = false) Optional<String> previews)
            throws IOException {
        PdfUpload upload = PdfUpload.from(request, maxUploadBytes);
        Optional<CertificationFacts> stated = statedFacts(upload.bytes());
        // a copy of this portal's own agency is also checked against its register: a void number or another
        // file under the number makes it INVALID; other agencies' copies are checked by their signatures
        boolean own = stated.map(f -> f.agencyCode().equals(agencyCode)).orElse(false);
        CopyVerifier chosen = own ? ownCopies : verifier;
        VerificationReport report = timers.verify(() -> chosen.verify(upload.bytes(), upload.filename()));

        Map<String, Object> view = new LinkedHashMap<>(Views.report(report));
        stated.ifPresent(f -> view.put("facts", facts(f)));
        Optional<RegisterEntry> entry = stated.flatMap(f -> register.find(f.agencyCode(), f.registerType(), f.year(), f.number()));
        if (entry.isPresent()) {
            Map<String, Object> shown = Views.entry(entry.get(), agencyName, agencyCode);
            boolean matches = report.sha256().equalsIgnoreCase(entry.get().signedCopySha256());
            shown.put("matches_uploaded_file", matches);
            view.put("register_entry", shown);
        } else {
            view.put("register_entry", null);
            view.put("register_message_vi", stated.isPresent()
                    ? "Số chứng thực trên bản sao không có trong sổ của cổng này."
                    : "Tệp không mang thông tin chứng thực của bansao.");
        }
        if (previews.map("true"::equals).orElse(false)) {
            view.put("thumbnails", thumbnails.render(upload.bytes()));
        }
        return PortalJson.answer(view);
    }

    /** The facts as the copy states them; empty for a PDF that is not a bansao certified copy. */
    private static Optional<CertificationFacts> statedFacts(byte[] pdf) {
        try {
            return Optional.of(CertifiedCopyReader.read(pdf).facts());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Object> facts(CertificationFacts f) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("kind", f.kind().name());
        view.put("kind_vi", f.kind() == CertificationKind.FROM_ORIGINAL
                ? "Chứng thực bản sao từ bản chính" : "Bản sao được cấp từ sổ gốc");
        view.put("number", f.number());
        view.put("book", f.book());
        view.put("year", f.year());
        view.put("certified_on", f.date().toString());
        view.put("authority", f.bodyName() + " (" + f.agencyCode() + ")");
        view.put("document", f.documentTitle() + ", " + f.documentIssuer()
                + (f.documentNumber().isEmpty() ? "" : ", số " + f.documentNumber()));
        view.put("pages", f.pages());
        return view;
    }
}

package vn.bansao.portal.internal.endpoints;

import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import vn.bansao.portal.internal.web.ApiException;
import vn.bansao.portal.internal.web.PortalAddress;
import vn.bansao.register.service.RegisterService;
import vn.bansao.register.service.ServiceAnswer;
import vn.bansao.register.service.ServiceError;

/**
 * The register service API for verifiers in other provinces (issue 15), base {@code /api/register/v1/}: the
 * starter's {@link RegisterService} ({@code bansao.register.service.enabled=true}) written out as it answers, its
 * refusals through the portal's error JSON. No session, no cookie; the checkpoint honours {@code If-None-Match}.
 *
 * <pre>{@code
 * curl http://127.0.0.1:8080/api/register/v1/key
 * curl http://127.0.0.1:8080/api/register/v1/checkpoint
 * curl 'http://127.0.0.1:8080/api/register/v1/entries?agency=000.00.12.H29&type=SCT/BS&year=2026&number=12&size=40'
 * curl 'http://127.0.0.1:8080/api/register/v1/consistency?from=12&to=40'
 * }</pre>
 */
@RestController
public class RegisterServiceController {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterServiceController.class);
    private static final String BASE = "/api/register/v1/";

    private final ObjectProvider<RegisterService> service;
    private final PortalAddress address;

    public RegisterServiceController(ObjectProvider<RegisterService> service, PortalAddress address) {
        this.service = service;
        this.address = address;
    }

    /** Prints what a province puts in its register directory for this body. */
    @EventListener(ApplicationReadyEvent.class)
    public void announce() {
        RegisterService s = service.getIfAvailable();
        if (s != null) {
            LOG.info("register service at {} (origin {}), checkpoint verifier key: {}", address.uri().resolve(BASE),
                    s.origin(), s.verifierKey());
        }
    }

    @GetMapping(BASE + "key")
    public ResponseEntity<byte[]> key() {
        return write(service().key());
    }

    @GetMapping(BASE + "checkpoint")
    public ResponseEntity<byte[]> checkpoint(WebRequest request) {
        ServiceAnswer answer = service().checkpoint();
        if (answer.ok() && answer.etag().isPresent() && request.checkNotModified(answer.etag().get())) {
            return ResponseEntity.status(304).eTag(answer.etag().get()).cacheControl(
                    org.springframework.http.CacheControl.noCache()).build();
        }
        return write(answer);
    }

    @GetMapping(BASE + "entries")
    public ResponseEntity<byte[]> entries(@RequestParam("agency") String agency, @RequestParam("type") String type,
                                          @RequestParam("year") int year, @RequestParam("number") long number,
                                          @RequestParam(name = "size", required = false) Optional<Long> size) {
        return write(service().entries(agency, type, year, number,
                size.map(OptionalLong::of).orElseGet(OptionalLong::empty)));
    }

    @GetMapping(BASE + "consistency")
    public ResponseEntity<byte[]> consistency(@RequestParam("from") long from, @RequestParam("to") long to) {
        return write(service().consistency(from, to));
    }

    private RegisterService service() {
        RegisterService s = service.getIfAvailable();
        if (s == null) {
            throw ApiException.notFound("Cổng này không bật dịch vụ sổ chứng thực (bansao.register.service.enabled).",
                    "This portal does not serve its register (bansao.register.service.enabled is off).");
        }
        return s;
    }

    private static ResponseEntity<byte[]> write(ServiceAnswer answer) {
        if (answer.error().isPresent()) {
            ServiceError e = answer.error().get();
            throw new ApiException(answer.status(), e.code(), e.messageVi(), e.messageEn());
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(answer.contentType()));
        headers.setCacheControl(answer.cacheControl());
        answer.etag().ifPresent(headers::setETag);
        return ResponseEntity.status(answer.status()).headers(headers).body(answer.body());
    }
}

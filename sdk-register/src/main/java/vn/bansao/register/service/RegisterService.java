package vn.bansao.register.service;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.bansao.core.codes.AgencyCode;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.RegisterEntry;
import vn.bansao.register.RegisterException;
import vn.bansao.register.RegisterUnavailableException;
import vn.bansao.register.RowProof;
import vn.bansao.register.service.internal.AnswerJson;
import vn.bansao.register.service.internal.CheckpointPublisher;
import vn.bansao.register.service.internal.PublicLeaf;
import vn.bansao.register.service.internal.ServiceRefusal;
import vn.bansao.register.service.internal.WitnessPush;
import vn.bansao.register.service.internal.Witnesses;
import vn.bansao.transparency.checkpoint.InclusionProof;
import vn.bansao.transparency.note.NoteSigner;
import vn.bansao.transparency.witness.CosignatureVerifier;
import vn.bansao.transparency.witness.WitnessClient;

/**
 * The register service API of a certifying body (issue 15 design, section 2), framework-free: what a receiving
 * agency in another province asks the issuing body's register over HTTP, answered as {@link ServiceAnswer}s a host
 * (the portal's controller, or any HTTP server) writes out unchanged. Base URL {@code {portal}/api/register/v1/}:
 * <ul>
 *   <li>{@link #checkpoint()}: {@code GET checkpoint}, the latest signed checkpoint note (the register key's
 *       signature plus the witnesses' cosignatures), {@code no-cache} with an {@code ETag}; a new checkpoint is
 *       signed when the tree grew, at most once per {@link Builder#checkpointInterval interval};</li>
 *   <li>{@link #entries}: {@code GET entries?agency=&type=&year=&number=[&size=]}, every row about the number in the
 *       tree of that size with its RFC 9162 inclusion path; rows whose leaf would publish personal data are listed as
 *       {@code withheld};</li>
 *   <li>{@link #consistency}: {@code GET consistency?from=&to=}, the RFC 9162 consistency path.</li>
 * </ul>
 * Each new checkpoint is pushed to the {@link Builder#witness witnesses} (C2SP tlog-witness) and served with the
 * cosignatures that verify with their keys; a witness that is down costs only its cosignature. Answers about a log
 * the register finds edited are refused (503 {@code REGISTER_NOT_INTACT}). Thread-safe; nothing in an answer names a
 * requester or an original document.
 *
 * <pre>{@code
 * NoteSigner key = NoteSigner.fromPkcs12(Path.of("register-key.p12"), password, register.origin());
 * RegisterService service = RegisterService.builder(register, key).checkpointInterval(Duration.ofSeconds(10)).build();
 * ServiceAnswer cp = service.checkpoint();                       // 200 text/plain, the signed note
 * ServiceAnswer rows = service.entries("000.00.12.H29", "SCTĐT/BS", 2026, 12, OptionalLong.of(cpSize));
 * ServiceAnswer proof = service.consistency(5, cpSize);
 * RegisterService witnessed = RegisterService.builder(register, key)
 *         .witness(WitnessClient.of(witnessUrl, Duration.ofSeconds(5), 16 * 1024), CosignatureVerifier.parse(witnessVkey))
 *         .build();
 * }</pre>
 */
public final class RegisterService {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterService.class);
    /** Register types as the register writes them ({@code SCT/BS}, {@code SCTĐT/BS}, {@code SCT/CK,ĐC}, {@code SSG/BS}). */
    private static final Pattern REGISTER_TYPE = Pattern.compile("[\\p{L}\\p{N}/,.\\-]{1,32}");

    private final CertificationRegister register;
    private final NoteSigner signer;
    private final CheckpointPublisher publisher;

    private RegisterService(Builder b) {
        this.register = b.register;
        this.signer = b.signer;
        this.publisher = new CheckpointPublisher(b.register, b.signer, b.interval,
                b.witnessRetry.compareTo(b.interval) > 0 ? b.witnessRetry : b.interval,
                b.witnesses.isEmpty() ? Witnesses.none() : new WitnessPush(b.register, b.witnesses), b.clock);
    }

    /** A service over an open register, signing its checkpoints with {@code checkpointKey}. */
    public static Builder builder(CertificationRegister register, NoteSigner checkpointKey) {
        return new Builder(register, checkpointKey);
    }

    /** The register's origin (first line of every checkpoint). */
    public String origin() {
        return register.origin();
    }

    /** The C2SP verifier key of the checkpoint key: what a province puts in its register directory. */
    public String verifierKey() {
        return signer.verifier().verifierKey();
    }

    /** {@code GET key}: the verifier key as text (one line). */
    public ServiceAnswer key() {
        return new ServiceAnswer(200, ServiceAnswer.TEXT, (verifierKey() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ServiceAnswer.NO_CACHE, Optional.empty(), Optional.empty());
    }

    /** {@code GET checkpoint}: the latest signed checkpoint note with the witnesses' cosignatures. */
    public ServiceAnswer checkpoint() {
        try {
            CheckpointPublisher.Published p = publisher.current();
            return new ServiceAnswer(200, ServiceAnswer.TEXT, p.note().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    ServiceAnswer.NO_CACHE, Optional.of(p.etag()), Optional.empty());
        } catch (ServiceRefusal r) {
            return refused(r);
        }
    }

    /**
     * {@code GET entries}: every row about number {@code number} of {@code year} in register {@code type} of body
     * {@code agency} with a leaf index below the tree size, in log order, each with its inclusion path to that size.
     * The size is {@code size} when given ({@code 1..} the latest signed size; the answer is then immutable), else the
     * latest signed checkpoint's ({@code no-cache}). 404 when there is no such row.
     */
    public ServiceAnswer entries(String agency, String type, int year, long number, OptionalLong size) {
        try {
            return entriesOrRefuse(agency, type, year, number, size);
        } catch (ServiceRefusal r) {
            return refused(r);
        } catch (RegisterUnavailableException e) {
            return refused(ServiceRefusal.unavailable(e));
        } catch (RegisterException e) {
            // a row or node the store contradicts (edited in the database): no proof is handed out
            return refused(ServiceRefusal.notIntact(e));
        }
    }

    private ServiceAnswer entriesOrRefuse(String agency, String type, int year, long number, OptionalLong size) {
        if (agency == null || AgencyCode.tryParse(agency).isEmpty()) {
            throw ServiceRefusal.badParameter("agency", "không phải mã cơ quan (QCVN 102:2016 hoặc Quyết định 20/2020)",
                    "not an agency code (QCVN 102:2016 or Decision 20/2020)");
        }
        if (type == null || !REGISTER_TYPE.matcher(type).matches()) {
            throw ServiceRefusal.badParameter("type", "không phải loại sổ (ví dụ SCTĐT/BS)", "not a register type (e.g. SCTĐT/BS)");
        }
        if (year < 1 || year > 9999) {
            throw ServiceRefusal.badParameter("year", "phải từ 1 đến 9999", "must be 1 to 9999");
        }
        if (number < 1) {
            throw ServiceRefusal.badParameter("number", "phải từ 1", "must be at least 1");
        }
        if (size.isPresent() && size.getAsLong() < 1) {
            throw ServiceRefusal.badParameter("size", "phải từ 1", "must be at least 1");
        }
        long signed = publisher.current().size();
        if (size.isPresent() && size.getAsLong() > signed) {
            throw ServiceRefusal.sizeNotSigned("size", size.getAsLong(), signed);
        }
        long treeSize = size.orElse(signed);
        String label = number + "/" + year + " " + type + " " + agency;
        Optional<RegisterEntry> entry = treeSize == 0 ? Optional.empty() : register.find(agency, type, year, number);
        List<AnswerJson.Row> rows = entry.map(e -> rows(e, treeSize)).orElse(List.of());
        if (rows.isEmpty()) {
            throw ServiceRefusal.entryNotFound(label, treeSize);
        }
        return new ServiceAnswer(200, ServiceAnswer.JSON, AnswerJson.entries(register.origin(), treeSize, rows),
                size.isPresent() ? ServiceAnswer.IMMUTABLE : ServiceAnswer.NO_CACHE, Optional.empty(), Optional.empty());
    }

    /** The rows of {@code entry} below {@code treeSize} as the register publishes them: proven, or withheld. */
    private List<AnswerJson.Row> rows(RegisterEntry entry, long treeSize) {
        List<AnswerJson.Row> out = new ArrayList<>();
        for (RowProof row : register.inclusionProofs(entry.number(), treeSize)) {
            out.add(served(row.leafIndex(), row.proof()));
        }
        return out;
    }

    private static AnswerJson.Row served(long leafIndex, Optional<InclusionProof> proof) {
        if (proof.isPresent() && PublicLeaf.isPublic(proof.get().leafBytes())) {
            return new AnswerJson.Row(leafIndex, Optional.of(proof.get().leafBytes()), proof.get().path());
        }
        if (proof.isPresent()) {
            // the register offered it, but it names a person or a document in clear: never served
            LOG.warn("register service: leaf {} holds private fields in clear; served as withheld", leafIndex);
        }
        return new AnswerJson.Row(leafIndex, Optional.empty(), List.of());
    }

    /**
     * {@code GET consistency}: the RFC 9162 consistency path from the tree of {@code from} to the tree of {@code to}
     * ({@code 0 < from <= to <=} the latest signed size; empty when equal), immutable.
     */
    public ServiceAnswer consistency(long from, long to) {
        try {
            if (from < 1) {
                throw ServiceRefusal.badParameter("from", "phải từ 1", "must be at least 1");
            }
            if (to < from) {
                throw ServiceRefusal.badParameter("to", "phải lớn hơn hoặc bằng from", "must be at least from");
            }
            long signed = publisher.current().size();
            if (to > signed) {
                throw ServiceRefusal.sizeNotSigned("to", to, signed);
            }
            return new ServiceAnswer(200, ServiceAnswer.JSON,
                    AnswerJson.consistency(from, to, register.consistencyProof(from, to).path()),
                    ServiceAnswer.IMMUTABLE, Optional.empty(), Optional.empty());
        } catch (ServiceRefusal r) {
            return refused(r);
        } catch (RegisterUnavailableException e) {
            return refused(ServiceRefusal.unavailable(e));
        } catch (RegisterException e) {
            // a row or node the store contradicts (edited in the database): no proof is handed out
            return refused(ServiceRefusal.notIntact(e));
        }
    }

    private static ServiceAnswer refused(ServiceRefusal r) {
        ServiceError e = r.error();
        if (r.status() >= 500) {
            LOG.warn("register service refused: {}", r.getMessage());
        }
        return new ServiceAnswer(r.status(), ServiceAnswer.JSON, AnswerJson.error(e.code(), e.messageVi(), e.messageEn()),
                ServiceAnswer.NO_STORE, Optional.empty(), Optional.of(e));
    }

    /** Options of a {@link RegisterService}. */
    public static final class Builder {
        private final CertificationRegister register;
        private final NoteSigner signer;
        private Duration interval = Duration.ofSeconds(10);
        private Duration witnessRetry = Duration.ofSeconds(60);
        private final List<WitnessPush.Link> witnesses = new ArrayList<>();
        private Clock clock = Clock.systemUTC();

        private Builder(CertificationRegister register, NoteSigner signer) {
            this.register = Objects.requireNonNull(register, "register");
            this.signer = Objects.requireNonNull(signer, "checkpointKey");
        }

        /** At most one new checkpoint per interval (default 10 s; {@link Duration#ZERO}: one per growth). */
        public Builder checkpointInterval(Duration interval) {
            if (interval.isNegative()) {
                throw new IllegalArgumentException("checkpoint interval < 0");
            }
            this.interval = interval;
            return this;
        }

        /** How often a witness that failed is asked again for the same checkpoint (default 60 s, never more often than the interval). */
        public Builder witnessRetry(Duration retry) {
            if (retry.isNegative()) {
                throw new IllegalArgumentException("witness retry < 0");
            }
            this.witnessRetry = retry;
            return this;
        }

        /**
         * A witness each new checkpoint is pushed to (C2SP tlog-witness); its cosignature, verified with {@code key},
         * is appended to the served note. A witness that is down only costs its cosignature (and a warning).
         */
        public Builder witness(WitnessClient client, CosignatureVerifier key) {
            witnesses.add(new WitnessPush.Link(client, key));
            return this;
        }

        /** The clock the interval is measured with (tests move it). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public RegisterService build() {
            return new RegisterService(this);
        }
    }
}

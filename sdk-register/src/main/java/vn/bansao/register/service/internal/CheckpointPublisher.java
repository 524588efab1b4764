package vn.bansao.register.service.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.RegisterException;
import vn.bansao.register.RegisterUnavailableException;
import vn.bansao.transparency.checkpoint.SignedCheckpoint;
import vn.bansao.transparency.note.NoteSigner;

/**
 * The checkpoint the service serves: signed by the register ({@link CertificationRegister#checkpoint}, which
 * verifies the whole log first and refuses one that is not intact) when the tree grew, at most once per
 * interval, then pushed to the witnesses and served with their cosignatures. Concurrent requests wait for the one
 * signing in progress and get its result: one signature per growth.
 *
 * <p>When the register refuses to sign (the log does not verify) nothing is served, not even the previous
 * checkpoint, until a later attempt (one per interval) signs again. When the database is down the last signed
 * checkpoint stays served (it was true when signed).
 *
 * <pre>{@code
 * CheckpointPublisher publisher = new CheckpointPublisher(register, signer, Duration.ofSeconds(10),
 *         Duration.ofMinutes(1), witnesses, Clock.systemUTC());
 * CheckpointPublisher.Published p = publisher.current();
 * }</pre>
 */
public final class CheckpointPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointPublisher.class);

    /**
     * A served checkpoint.
     *
     * @param signed     the register's signed checkpoint (its note carries only the register's signature)
     * @param note       the served note: the register's note plus the witnesses' cosignature lines
     * @param etag       strong entity tag of {@code note}
     * @param cosigned   what the witnesses gave
     * @param checkedAt  when the register's size was last compared with it
     * @param witnessedAt when the witnesses were last asked
     */
    public record Published(SignedCheckpoint signed, String note, String etag, Witnesses.Cosigned cosigned,
                            Instant checkedAt, Instant witnessedAt) {

        /** The signed tree size. */
        public long size() {
            return signed.checkpoint().size();
        }
    }

    private record Failure(ServiceRefusal refusal, Instant at) {
    }

    private final CertificationRegister register;
    private final NoteSigner signer;
    private final Duration interval;
    private final Duration witnessRetry;
    private final Witnesses witnesses;
    private final Clock clock;
    private final Object lock = new Object();
    private volatile Published current;
    private volatile Failure failure;
    /** The largest size served before the register shrank (0: it never did); smaller trees are never signed. */
    private long rolledBackFrom;

    public CheckpointPublisher(CertificationRegister register, NoteSigner signer, Duration interval, Duration witnessRetry,
                               Witnesses witnesses, Clock clock) {
        this.register = Objects.requireNonNull(register, "register");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.witnessRetry = Objects.requireNonNull(witnessRetry, "witnessRetry");
        this.witnesses = Objects.requireNonNull(witnesses, "witnesses");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The checkpoint to serve now, signing (and witnessing) a new one first when the tree grew and the interval since
     * the last check has passed.
     *
     * @throws ServiceRefusal 503 when the log does not verify, or when the database is down and nothing was signed yet
     */
    public Published current() {
        Published c = current;
        Failure f = failure;
        Instant now = clock.instant();
        if (c != null && !due(c.checkedAt(), now)) {
            return c;
        }
        if (c == null && f != null && !due(f.at(), now)) {
            throw f.refusal();
        }
        synchronized (lock) {
            // a request that waited here gets what the one before it signed
            c = current;
            f = failure;
            now = clock.instant();
            if (c != null && !due(c.checkedAt(), now)) {
                return c;
            }
            if (c == null && f != null && !due(f.at(), now)) {
                throw f.refusal();
            }
            long size;
            try {
                size = register.treeSize();
            } catch (RegisterUnavailableException e) {
                return stale(c, e);
            }
            if (c != null && size < c.size()) {
                // fewer rows than a checkpoint already served: a database restored from an older copy, or rows
                // removed. Signing the smaller tree would be a fork of the log; nothing is served until an operator acts.
                LOG.error("register service: the register has {} rows, fewer than the checkpoint of size {} already"
                        + " served; no checkpoint is signed or served", size, c.size());
                current = null;
                ServiceRefusal refusal = ServiceRefusal.notIntact(null);
                failure = new Failure(refusal, now);
                rolledBackFrom = c.size();
                throw refusal;
            }
            if (size < rolledBackFrom) {
                ServiceRefusal refusal = ServiceRefusal.notIntact(null);
                failure = new Failure(refusal, now);
                throw refusal;
            }
            if (c != null && size == c.size()) {
                current = c.cosigned().incomplete() && !now.isBefore(c.witnessedAt().plus(witnessRetry))
                        ? witnessed(c.signed(), now) : withCheckedAt(c, now);
                return current;
            }
            SignedCheckpoint signed;
            try {
                signed = register.checkpoint(signer);
            } catch (RegisterUnavailableException e) {
                return stale(c, e);
            } catch (RegisterException e) {
                LOG.error("register service: the log does not verify, no checkpoint is served: {}", e.getMessage());
                current = null;
                ServiceRefusal refusal = ServiceRefusal.notIntact(e);
                failure = new Failure(refusal, now);
                throw refusal;
            }
            failure = null;
            current = witnessed(signed, now);
            LOG.info("register service: checkpoint of size {} signed ({} of {} witnesses cosigned)", signed.checkpoint().size(),
                    current.cosigned().obtained(), current.cosigned().total());
            return current;
        }
    }

    private Published stale(Published c, RegisterUnavailableException e) {
        if (c == null) {
            throw ServiceRefusal.unavailable(e);
        }
        LOG.warn("register service: the database is unavailable, serving the checkpoint of size {}: {}", c.size(),
                e.getMessage());
        return c;
    }

    private Published witnessed(SignedCheckpoint signed, Instant now) {
        Witnesses.Cosigned cosigned = witnesses.cosign(signed);
        String note = signed.note() + cosigned.lines();
        return new Published(signed, note, etag(note), cosigned, now, now);
    }

    private static Published withCheckedAt(Published c, Instant now) {
        return new Published(c.signed(), c.note(), c.etag(), c.cosigned(), now, c.witnessedAt());
    }

    private boolean due(Instant last, Instant now) {
        return !now.isBefore(last.plus(interval));
    }

    /** A strong ETag: the first 128 bits of the note's SHA-256, base64url. */
    static String etag(String note) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(note.getBytes(StandardCharsets.UTF_8));
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(h, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

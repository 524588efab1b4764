package vn.bansao.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import vn.bansao.transparency.lookup.RegisterLookup;
import vn.bansao.verify.internal.document.PackageInspector;
import vn.bansao.verify.internal.engine.EngineConfig;
import vn.bansao.verify.internal.engine.VerificationEngine;

/**
 * Verifies certified copies received from other agencies, in one call. Build one verifier at start-up and
 * share it: it is immutable, thread-safe and pre-warmed (classes loaded, trust anchors parsed). It runs
 * verifications on a small pool of its own (bounded, see {@link Builder#maxConcurrentVerifications}) or on the
 * caller's executor, and never changes JVM-wide state (BouncyCastle is used by instance, not registered).
 * Close it when done to end its pool at once (idle workers also end by themselves).
 * Offline by default; every failure becomes a report (INVALID or INDETERMINATE with a reason), never an
 * exception.
 *
 * <pre>{@code
 * CopyVerifier verifier = CopyVerifier.builder()
 *         .trustAnchors(TrustAnchors.fromPaths(Path.of("trust")))
 *         .build();
 * VerificationReport r = verifier.verify(Path.of("ban-sao.pdf"));
 * if (r.verdict() == Verdict.VALID) { ... }
 * System.out.println(r.toText(Language.VI));
 * }</pre>
 */
public final class CopyVerifier implements AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final VerificationEngine engine;
    private final EngineConfig config;
    /** Runs each verification so that one overrunning its time limit is abandoned, not waited for. */
    private final ExecutorService workers;
    /** Whether {@link #close()} shuts {@link #workers} down (false for the caller's executor). */
    private final boolean ownsWorkers;

    private CopyVerifier(EngineConfig config, ExecutorService workers, boolean ownsWorkers) {
        this.config = config;
        this.engine = new VerificationEngine(config);
        this.workers = workers;
        this.ownsWorkers = ownsWorkers;
        warmUp();
    }

    /**
     * The verifier's own pool: at most {@code threads} daemon workers, created on demand and ended after 30 s
     * idle, so an idle verifier holds no thread (and one never closed is collected like any object).
     */
    private static ExecutorService ownPool(int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "bansao-verify-" + THREADS.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** A builder with the safe defaults: no anchors, offline, revocation required, 30 s and 256 MiB limits. */
    public static Builder builder() {
        return new Builder();
    }

    /** Verifies a file; the report names it as given. */
    public VerificationReport verify(Path file) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > config.maxBytes()) {
                return engine.tooLarge(name, size);
            }
            return verify(Files.readAllBytes(file), name);
        } catch (IOException e) {
            String[] why = ioReason(e);
            return engine.unreadable(name, why[0], why[1]);
        }
    }

    /** The reason an input file could not be read, {Vietnamese, English}, without the JDK's wording. */
    private static String[] ioReason(IOException e) {
        vn.bansao.common.LocalizedText why = vn.bansao.common.IoReason.of(e);
        return new String[] {why.in(vn.bansao.common.BansaoException.VIETNAMESE), why.in(java.util.Locale.ENGLISH)};
    }

    /** Verifies bytes. */
    public VerificationReport verify(byte[] pdf) {
        return verify(pdf, "document.pdf");
    }

    /** Verifies bytes; {@code source} names them in the report. */
    public VerificationReport verify(byte[] pdf, String source) {
        Objects.requireNonNull(pdf, "pdf");
        if (pdf.length > config.maxBytes()) {
            return engine.tooLarge(source, pdf.length);
        }
        Future<VerificationReport> f;
        try {
            f = workers.submit(() -> engine.verify(pdf, source));
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("Bộ kiểm tra đã đóng / this verifier is closed (or its executor refused"
                    + " the verification)", e);
        }
        try {
            return f.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return engine.timedOut(source, pdf, config.timeout());
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            return engine.timedOut(source, pdf, config.timeout());
        } catch (ExecutionException e) {
            return engine.unreadable(source, String.valueOf(e.getCause()));
        }
    }

    /** Verifies a stream (read up to the size limit; the stream is not closed). */
    public VerificationReport verify(InputStream in, String source) {
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            byte[] chunk = new byte[65536];
            long total = 0;
            int n;
            while ((n = in.read(chunk)) > 0) {
                total += n;
                if (total > config.maxBytes()) {
                    return engine.tooLarge(source, total);
                }
                buf.write(chunk, 0, n);
            }
            return verify(buf.toByteArray(), source);
        } catch (IOException e) {
            String[] why = ioReason(e);
            return engine.unreadable(source, why[0], why[1]);
        }
    }

    /**
     * Verifies several files on a small pool ({@code threads} workers; use the number of cores), reports in
     * the order of {@code files}.
     */
    public List<VerificationReport> verifyAll(List<Path> files, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<VerificationReport>> futures = new ArrayList<>();
            for (Path p : files) {
                futures.add(pool.submit(() -> verify(p)));
            }
            List<VerificationReport> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    out.add(engine.unreadable(files.get(i).toString(), "interrupted"));
                } catch (ExecutionException e) {
                    out.add(engine.unreadable(files.get(i).toString(), String.valueOf(e.getCause())));
                }
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    /** The configured anchors. */
    public TrustAnchors trustAnchors() {
        return config.anchors();
    }

    /**
     * Stops the verifier's own worker pool (verifications under way finish; later calls throw
     * {@link IllegalStateException}). An executor given with {@link Builder#executor} is left to its owner.
     */
    @Override
    public void close() {
        if (ownsWorkers) {
            workers.shutdown();
        }
    }

    private void warmUp() {
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.save(out);
            engine.verify(out.toByteArray(), "warm-up");
        } catch (Exception ignored) {
            // warming up is an optimisation only
        }
    }

    /**
     * Options of a {@link CopyVerifier}; every option has a safe default.
     *
     * <pre>{@code
     * CopyVerifier v = CopyVerifier.builder()
     *         .trustAnchors(anchors)
     *         .network(NetworkPolicy.allowHosts("ocsp.ca.gov.vn"))
     *         .register(lookup, checkpointKey)
     *         .etsiReport(true)
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private TrustAnchors anchors = TrustAnchors.none();
        private NetworkPolicy network = NetworkPolicy.offline();
        private RegisterLookup register;
        private String registerKey;
        private boolean requireRevocation = true;
        private boolean etsi;
        private Duration timeout = Duration.ofSeconds(30);
        private long maxBytes = 256L << 20;
        private Clock clock = Clock.systemUTC();
        private PackageInspector inspector = PackageInspectors.defaultInspector();
        private vn.bansao.trust.RolePolicy rolePolicy = vn.bansao.trust.RolePolicy.defaults();
        private vn.bansao.trust.LeafPolicy leafPolicy = vn.bansao.trust.LeafPolicy.defaults();
        private TrustAnchors timestampAnchors;
        private Duration revocationGrace = vn.bansao.trust.TrustEngine.DEFAULT_REVOCATION_GRACE;
        private LaterSignaturePolicy laterSignatures = LaterSignaturePolicy.FREE_AREA_OF_STATEMENT_PAGE;
        private int maxConcurrent = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        private ExecutorService executor;
        private RegisterDirectory directory;
        private CheckpointMemory checkpointMemory;
        private Duration registerDeadline = Duration.ofSeconds(5);
        private int registerMaxBytes = 1 << 20;

        private Builder() {
        }

        /**
         * How many verifications the verifier's own pool runs at once (default twice the processors, at least 4);
         * further calls wait their turn, within their time limit. Ignored with {@link #executor}.
         */
        public Builder maxConcurrentVerifications(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("maxConcurrentVerifications must be at least 1");
            }
            this.maxConcurrent = threads;
            return this;
        }

        /**
         * Runs verifications on the caller's executor instead of the verifier's own pool (e.g. an application's
         * managed pool); {@link CopyVerifier#close()} then leaves it running. A verification that overruns its time
         * limit is cancelled with an interrupt and abandoned on it.
         */
        public Builder executor(ExecutorService executor) {
            this.executor = Objects.requireNonNull(executor);
            return this;
        }

        /** The anchors chains must reach (none by default: verdicts are then at best INDETERMINATE). */
        public Builder trustAnchors(TrustAnchors anchors) {
            this.anchors = Objects.requireNonNull(anchors);
            return this;
        }

        /** Network access for OCSP/CRL (offline by default). */
        public Builder network(NetworkPolicy network) {
            this.network = Objects.requireNonNull(network);
            return this;
        }

        /** Checks each copy against a register (local or remote). */
        public Builder register(RegisterLookup lookup) {
            this.register = Objects.requireNonNull(lookup);
            return this;
        }

        /**
         * Checks each copy against a register and verifies inclusion proofs under checkpoints signed with
         * this C2SP note verifier key ({@code name+hash+base64key}).
         */
        public Builder register(RegisterLookup lookup, String checkpointVerifierKey) {
            this.register = Objects.requireNonNull(lookup);
            this.registerKey = Objects.requireNonNull(checkpointVerifierKey);
            return this;
        }

        /**
         * Checks each copy against the register of its issuing agency over HTTP: the agency code the copy names is
         * looked up in {@code directory} (an agency not listed is INDETERMINATE; no URL is ever taken from a copy),
         * the register's checkpoint is verified with the directory's key and witness policy and proven consistent with
         * the one remembered ({@link #checkpointMemory}), and every row about the number is proven before its status
         * counts. Only the directory's hosts are contacted ({@link #registerNetwork}). Not combined with
         * {@link #register(RegisterLookup)}.
         *
         * <pre>{@code
         * CopyVerifier v = CopyVerifier.builder().trustAnchors(anchors)
         *         .registerDirectory(RegisterDirectory.fromJson(Path.of("register-directory.json")))
         *         .checkpointMemory(CheckpointMemory.inDirectory(Path.of("/var/lib/bansao/checkpoints")))
         *         .registerNetwork(Duration.ofSeconds(5), 1 << 20)
         *         .build();
         * }</pre>
         */
        public Builder registerDirectory(RegisterDirectory directory) {
            this.directory = Objects.requireNonNull(directory);
            return this;
        }

        /**
         * Where the checkpoints accepted from remote registers are remembered (default: in this verifier's memory
         * only, so a restart forgets them; share a folder or a database to catch a register that shows two histories).
         */
        public Builder checkpointMemory(CheckpointMemory memory) {
            this.checkpointMemory = Objects.requireNonNull(memory);
            return this;
        }

        /**
         * Limits of each request to a register service or witness (default 5 s TOTAL per request, connecting and
         * reading together, and 1 MiB per answer): slower, larger or malformed answers make the register check
         * INDETERMINATE. These requests go only to the hosts of the {@link #registerDirectory}.
         */
        public Builder registerNetwork(Duration deadline, int maxBytes) {
            if (deadline.isNegative() || deadline.isZero() || maxBytes < 1) {
                throw new IllegalArgumentException("registerNetwork needs a positive deadline and byte limit");
            }
            this.registerDeadline = deadline;
            this.registerMaxBytes = maxBytes;
            return this;
        }

        /** When false, missing revocation data is only reported, not INDETERMINATE (default true). */
        public Builder requireRevocation(boolean require) {
            this.requireRevocation = require;
            return this;
        }

        /** Also produce DSS's ETSI TS 119 102-2 XML report (slower; default false). */
        public Builder etsiReport(boolean enabled) {
            this.etsi = enabled;
            return this;
        }

        /** Wall-clock limit per verification (default 30 s). */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** Largest file accepted (default 256 MiB). */
        public Builder maxBytes(long maxBytes) {
            this.maxBytes = maxBytes;
            return this;
        }

        /**
         * Who may sign a certified copy as officer and as authority (default {@link vn.bansao.trust.RolePolicy#defaults()}:
         * the officer's personal certificate naming the certifier, the body's seal naming the certifying body, two
         * different certificates). A province adjusts it with {@code RolePolicy.defaults().toBuilder()}.
         */
        public Builder rolePolicy(vn.bansao.trust.RolePolicy policy) {
            this.rolePolicy = Objects.requireNonNull(policy);
            return this;
        }

        /** The signer-certificate rules (default: key usage, not a CA, signing EKUs when an EKU is present). */
        public Builder leafPolicy(vn.bansao.trust.LeafPolicy policy) {
            this.leafPolicy = Objects.requireNonNull(policy);
            return this;
        }

        /**
         * Anchors for time-stamping units, when they are trusted apart from signers (default: the signer anchors).
         * A time-stamp whose TSA does not chain here proves nothing.
         */
        public Builder timestampAnchors(TrustAnchors anchors) {
            this.timestampAnchors = Objects.requireNonNull(anchors);
            return this;
        }

        /**
         * How long before the signature's best proof of existence (its trusted time-stamp, else the validation
         * time) an OCSP response or CRL may have been issued and still count as fresh (default 24 h; ETSI EN 319
         * 102-1 §5.2.5.4 "maximum accepted revocation freshness").
         */
        public Builder revocationGrace(Duration grace) {
            if (grace.isNegative()) {
                throw new IllegalArgumentException("negative revocation grace");
            }
            this.revocationGrace = grace;
            return this;
        }

        /**
         * What a signature added after the first (certification) signature may look like (default
         * {@link LaterSignaturePolicy#FREE_AREA_OF_STATEMENT_PAGE}: invisible, or in a free area of the statement
         * page, never over drawn content). A visible widget paints over the page like an annotation, so a trusted
         * third signature could otherwise hide the statement's number.
         */
        public Builder laterSignatures(LaterSignaturePolicy policy) {
            this.laterSignatures = Objects.requireNonNull(policy);
            return this;
        }

        /** The clock giving the validation time (tests). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public CopyVerifier build() {
            if (directory != null && register != null) {
                throw new IllegalStateException("registerDirectory and register(lookup) exclude each other");
            }
            if (directory == null && checkpointMemory != null) {
                throw new IllegalStateException("checkpointMemory needs a registerDirectory");
            }
            Optional<vn.bansao.verify.internal.register.RemoteRegisterChecker> remote = Optional.ofNullable(directory)
                    .map(d -> new vn.bansao.verify.internal.register.RemoteRegisterChecker(d,
                            checkpointMemory != null ? checkpointMemory : CheckpointMemory.inMemory(),
                            registerDeadline, registerMaxBytes));
            EngineConfig config = new EngineConfig(anchors, network, Optional.ofNullable(register),
                    Optional.ofNullable(registerKey), requireRevocation, etsi, timeout, maxBytes, clock, inspector,
                    rolePolicy, leafPolicy, Optional.ofNullable(timestampAnchors), revocationGrace, laterSignatures, remote);
            return executor != null ? new CopyVerifier(config, executor, false)
                    : new CopyVerifier(config, ownPool(maxConcurrent), true);
        }
    }
}

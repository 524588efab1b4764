package vn.bansao.springboot;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.bansao.verify.VerificationReport;

/**
 * Micrometer timers around the two operations that matter: {@code bansao.certify} (tag {@code outcome}:
 * {@code certified}, {@code reserved} or the failure's type) and {@code bansao.verify} (tag {@code verdict}:
 * {@code VALID}, {@code INVALID}, {@code INDETERMINATE} or {@code error}).
 *
 * <pre>{@code
 * VerificationReport report = timers.verify(() -> verifier.verify(pdf, name));
 * Outcome done = timers.certify(() -> workflow.certify(scans, facts), o -> "certified");
 * }</pre>
 */
public final class BansaoTimers {

    /** Timer names, as they appear under {@code /actuator/metrics}. */
    public static final String CERTIFY = "bansao.certify";
    public static final String VERIFY = "bansao.verify";

    private final MeterRegistry registry;

    public BansaoTimers(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Timers that record into a registry of their own (no Micrometer registry in the application). */
    public static BansaoTimers standalone() {
        return new BansaoTimers(new SimpleMeterRegistry());
    }

    /** Times one verification, tagged with its verdict. */
    public VerificationReport verify(Supplier<VerificationReport> verification) {
        return time(VERIFY, "verdict", verification, report -> report.verdict().name(), "error");
    }

    /** Times one certification, tagged with what {@code outcome} says of the result, or the failure's type. */
    public <T> T certify(Supplier<T> certification, Function<T, String> outcome) {
        return time(CERTIFY, "outcome", certification, outcome, null);
    }

    private <T> T time(String name, String tag, Supplier<T> work, Function<T, String> describe, String failure) {
        Timer.Sample sample = Timer.start(registry);
        String value = "error";
        try {
            T result = work.get();
            value = describe.apply(result);
            return result;
        } catch (RuntimeException e) {
            value = failure != null ? failure : e.getClass().getSimpleName();
            throw e;
        } finally {
            sample.stop(Timer.builder(name).tag(tag, value)
                    .description(name.equals(VERIFY) ? "verification of a received copy" : "certification of a copy")
                    .register(registry));
        }
    }
}

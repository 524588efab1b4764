package vn.bansao.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/**
 * How a serving command ({@code testkit serve}, {@code witness}) runs: its servers stay up until Ctrl-C (a shutdown
 * hook closes them) or until the thread is interrupted from inside the JVM (tests, embedding), then it says so.
 *
 * <pre>{@code
 * try (WitnessServer server = WitnessServer.start(address, witness)) {
 *     ServeUntilStopped.run(out, server::close, "bansao-witness-shutdown");
 * }
 * }</pre>
 */
final class ServeUntilStopped {

    private ServeUntilStopped() {
    }

    /** Blocks until stopped; {@code close} runs on Ctrl-C (the caller's try-with-resources closes otherwise). */
    static void run(PrintWriter out, Runnable close, String hookName) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            close.run();
            stopped.countDown();
        }, hookName);
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Dừng bằng Ctrl-C / Stop with Ctrl-C.");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // stopped from inside the JVM (tests, embedding): leave cleanly
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing to undo
        }
    }
}

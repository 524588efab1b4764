package vn.bansao.testkit.internal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Debian tool (softhsm2-util, pkcs11-tool, pdfsig, qpdf, certutil) with a bounded time, collecting its
 * output. A tool that overruns is killed, and the caller gets a clear error rather than a hung build.
 */
public final class ExternalTool {

    /** What a run produced. */
    public record Result(List<String> command, int exitCode, String output) {
        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    private ExternalTool() {
    }

    /** The tool's absolute path, if it is on the PATH. */
    public static Optional<Path> find(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Runs the command; stdout and stderr are merged. Does not throw on a non-zero exit code. */
    public static Result run(List<String> command, Map<String, String> env, Duration timeout) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Path out = null;
        try {
            out = Files.createTempFile("bansao-tool", ".out");
            pb.redirectOutput(out.toFile());
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
                throw new IllegalStateException(command.get(0) + " did not finish within " + timeout.toSeconds()
                        + " s: " + String.join(" ", command));
            }
            return new Result(List.copyOf(command), p.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless
                }
            }
        }
    }

    /** Runs and fails with the tool's output when it exits non-zero. */
    public static Result check(List<String> command, Map<String, String> env, Duration timeout) {
        Result r = run(command, env, timeout);
        if (!r.succeeded()) {
            throw new IllegalStateException(command.get(0) + " failed (exit " + r.exitCode() + "): "
                    + r.output().strip());
        }
        return r;
    }
}

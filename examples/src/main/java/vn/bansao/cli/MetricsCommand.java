package vn.bansao.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bansao metrics}: Tính chỉ tiêu và chỉ số phục vụ / Compute targets and the service index. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Tính chỉ tiêu và chỉ số phục vụ / Compute targets and the service index")
final class MetricsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("bansao metrics: chưa có / not available yet");
        return OneLineErrors.EXIT_ERROR;
    }
}

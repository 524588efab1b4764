package vn.bansao.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bansao verify}: Kiểm tra bản sao nhận được / Verify received copies. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Kiểm tra bản sao nhận được / Verify received copies")
final class VerifyCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("bansao verify: chưa có / not available yet");
        return OneLineErrors.EXIT_ERROR;
    }
}

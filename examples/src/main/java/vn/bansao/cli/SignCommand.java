package vn.bansao.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bansao sign}: Ký số PAdES (cán bộ, cơ quan) / PAdES-sign a copy (officer, authority). */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Ký số PAdES (cán bộ, cơ quan) / PAdES-sign a copy (officer, authority)")
final class SignCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("bansao sign: chưa có / not available yet");
        return OneLineErrors.EXIT_ERROR;
    }
}

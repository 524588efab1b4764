package vn.bansao.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bansao register}: Sổ chứng thực điện tử / The certification register. */
@Command(name = "register", mixinStandardHelpOptions = true,
        description = "Sổ chứng thực điện tử / The certification register")
final class RegisterCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("bansao register: chưa có / not available yet");
        return OneLineErrors.EXIT_ERROR;
    }
}

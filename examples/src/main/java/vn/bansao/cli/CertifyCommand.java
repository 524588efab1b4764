package vn.bansao.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bansao certify}: Chứng thực trọn gói: dựng, ký, vào sổ / Build, sign and register in one step. */
@Command(name = "certify", mixinStandardHelpOptions = true,
        description = "Chứng thực trọn gói: dựng, ký, vào sổ / Build, sign and register in one step")
final class CertifyCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("bansao certify: chưa có / not available yet");
        return OneLineErrors.EXIT_ERROR;
    }
}

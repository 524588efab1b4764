package vn.bansao.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bansao demo}: Chạy thử toàn bộ quy trình trên cấu hình nhúng / Run the whole flow on embedded defaults. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Chạy thử toàn bộ quy trình trên cấu hình nhúng / Run the whole flow on embedded defaults")
final class DemoCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("bansao demo: chưa có / not available yet");
        return OneLineErrors.EXIT_ERROR;
    }
}

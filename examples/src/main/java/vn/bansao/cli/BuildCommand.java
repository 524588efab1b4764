package vn.bansao.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bansao build}: Dựng bản sao PDF/A từ ảnh quét / Build the certified-copy PDF/A from scans. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Dựng bản sao PDF/A từ ảnh quét / Build the certified-copy PDF/A from scans")
final class BuildCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("bansao build: chưa có / not available yet");
        return OneLineErrors.EXIT_ERROR;
    }
}

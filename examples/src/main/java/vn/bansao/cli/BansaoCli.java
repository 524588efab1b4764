package vn.bansao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code bansao} command line.
 *
 * <pre>{@code
 * ./bansao --help
 * ./bansao demo --out bansao-demo
 * }</pre>
 */
@Command(
        name = "bansao",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = {
                "bansao: chứng thực bản sao điện tử (Nghị định 45/2020/NĐ-CP)",
                "bansao: certified electronic copies for Vietnamese e-government"},
        description = {
                "Dựng, ký số, vào sổ, kiểm tra bản sao điện tử được chứng thực; tính chỉ số mục tiêu.",
                "Build, sign, register and verify certified e-copies; compute target attainment."},
        footer = {"", "Mã thoát / exit codes: 0 thành công / success; 1 không hợp lệ / invalid; 2 lỗi / error."},
        subcommands = {
                DemoCommand.class,
                BuildCommand.class,
                SignCommand.class,
                VerifyCommand.class,
                RegisterCommand.class,
                CertifyCommand.class,
                MetricsCommand.class,
                TestkitCommand.class,
                WitnessCommand.class,
                CommandLine.HelpCommand.class})
public final class BansaoCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Builds the configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new BansaoCli());
        cli.setExecutionExceptionHandler(new OneLineErrors());
        return cli;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}

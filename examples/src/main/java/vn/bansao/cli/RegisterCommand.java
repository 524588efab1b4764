package vn.bansao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bansao register}: Sổ chứng thực điện tử / The certification register.
 *
 * <pre>{@code
 * bansao register add --db register.mv.db --entry examples/samples/entry.json
 * bansao register void --db register.mv.db --year 2026 --number 2 --reason "Người yêu cầu rút hồ sơ"
 * bansao register list --db register.mv.db --year 2026 --json
 * bansao register verify --db register.mv.db
 * }</pre>
 */
@Command(name = "register", mixinStandardHelpOptions = true,
        description = {"Sổ chứng thực điện tử / The certification register",
                "DB: đường dẫn tệp H2 hoặc URL jdbc:postgresql: / an H2 file path or a jdbc:postgresql: URL"},
        subcommands = {
                RegisterAddCommand.class,
                RegisterVoidCommand.class,
                RegisterCorrectCommand.class,
                RegisterListCommand.class,
                RegisterVerifyCommand.class,
                RegisterProofCommand.class,
                RegisterCheckpointCommand.class,
                RegisterExportCommand.class,
                RegisterCloseYearCommand.class})
final class RegisterCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

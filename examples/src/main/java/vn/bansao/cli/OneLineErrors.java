package vn.bansao.cli;

import picocli.CommandLine;

/**
 * Turns an exception escaping a command into one line on standard error and exit code 2:
 * users of a command line want the reason, not a stack trace. {@code BANSAO_DEBUG=1} shows the trace.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {

    static final int EXIT_ERROR = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        cmd.getErr().println("bansao " + cmd.getCommandName() + ": " + UserErrors.describe(ex));
        if (System.getenv("BANSAO_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
        }
        return EXIT_ERROR;
    }
}

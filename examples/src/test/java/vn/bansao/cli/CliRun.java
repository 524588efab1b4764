package vn.bansao.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One run of the {@code bansao} command line in the test's JVM, with what it printed.
 *
 * <pre>{@code
 * CliRun r = CliRun.of("register", "list", "--db", db.toString());
 * assertThat(r.exit()).as(r.err()).isZero();
 * }</pre>
 *
 * @param exit the exit code
 * @param out  what it printed on standard output
 * @param err  what it printed on standard error
 */
record CliRun(int exit, String out, String err) {

    /** Runs {@code bansao args...} and captures its output. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = BansaoCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}

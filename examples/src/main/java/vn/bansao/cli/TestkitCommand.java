package vn.bansao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bansao testkit}: the throwaway test PKI and its TSA/OCSP/CRL servers.
 *
 * <pre>{@code
 * ./bansao testkit pki --out test-pki
 * ./bansao testkit serve --dir test-pki
 * }</pre>
 */
@Command(name = "testkit", mixinStandardHelpOptions = true,
        description = {"PKI thử nghiệm và máy chủ TSA/OCSP/CRL.", "The test PKI and its TSA/OCSP/CRL servers."},
        subcommands = {TestkitPkiCommand.class, TestkitServeCommand.class})
final class TestkitCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

package vn.bansao.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bansao testkit}: the throwaway test PKI and its TSA/OCSP/CRL servers. */
@Command(name = "testkit", mixinStandardHelpOptions = true,
        description = "PKI thử nghiệm và máy chủ TSA/OCSP/CRL / The test PKI and its TSA/OCSP/CRL servers")
final class TestkitCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("bansao testkit: chưa có / not available yet");
        return OneLineErrors.EXIT_ERROR;
    }
}

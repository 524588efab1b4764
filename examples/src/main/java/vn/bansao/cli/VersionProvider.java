package vn.bansao.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest, so {@code bansao --version} says what was built. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = BansaoCli.class.getPackage().getImplementationVersion();
        return new String[] {
                "bansao " + (version != null ? version : "(development build)"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}

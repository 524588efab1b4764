/**
 * The {@code bansao} command line: one class per subcommand, each a thin shell over the SDK's public API.
 * A newcomer reading a command learns the one or two SDK calls that do the work.
 */
package vn.bansao.cli;

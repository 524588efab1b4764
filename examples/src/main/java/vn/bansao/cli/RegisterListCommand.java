package vn.bansao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.RegisterEntry;
import vn.bansao.register.RegisterQuery;

/** {@code bansao register list}: liệt kê các mục của một năm / list a year's entries. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Liệt kê các mục sổ của một năm / list a year's entries")
final class RegisterListCommand implements Callable<Integer> {

    @CommandLine.Mixin
    RegisterDbOptions db;

    @Option(names = "--year", description = "Năm (mặc định năm nay) / year (default: this year)")
    Integer year;

    @Option(names = "--json", description = "In JSON (mỗi mục có number, year, status, ...) / print JSON")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int y = year != null ? year : RegisterDbOptions.thisYear();
        PrintWriter out = spec.commandLine().getOut();
        try (CertificationRegister register = db.open()) {
            List<RegisterEntry> entries = register.list(RegisterQuery.year(y));
            if (json) {
                ArrayNode arr = RegisterEntryJson.JSON.createArrayNode();
                entries.forEach(e -> arr.add(RegisterEntryJson.toJson(e)));
                out.println(RegisterEntryJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(arr));
            } else {
                out.printf("%-34s %-11s %-14s %-28s %s%n", "Số / number", "Ngày", "Trạng thái", "Người yêu cầu",
                        "Giấy tờ");
                for (RegisterEntry e : entries) {
                    out.printf("%-34s %-11s %-14s %-28s %s%n", e.number().format(), e.date(), e.statusLabel(),
                            e.details().requesterName(), e.details().documentTitle());
                }
                out.printf("%d mục / entries%n", entries.size());
            }
            out.flush();
        }
        return 0;
    }
}

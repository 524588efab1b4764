package vn.bansao.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.RegisterEntry;

/** {@code bansao register add}: cấp số và ghi một mục vào sổ / allocate a number and record an entry. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Cấp số và ghi một mục vào sổ; in số được cấp dạng JSON. Ngày chứng thực là hôm nay (giờ Việt"
                + " Nam); \"date\" khác hôm nay bị từ chối, trừ khi --import.",
                "Allocate a number, record the entry, print the number as JSON. The certification date is today"
                + " (Vietnam time); a \"date\" other than today is refused unless --import."})
final class RegisterAddCommand implements Callable<Integer> {

    @CommandLine.Mixin
    RegisterDbOptions db;

    @Option(names = "--entry", required = true, paramLabel = "ENTRY.json",
            description = "Mục sổ, xem examples/samples/entry.json / the entry, see examples/samples/entry.json")
    Path entry;

    @Option(names = "--import", paramLabel = "REASON",
            description = {"Chế độ nhập sổ giấy (chuyển sổ giấy sang sổ điện tử): nhận \"date\" đã qua, theo thứ tự;"
                    + " mỗi mục được ghi nhật ký và ghi chú lý do. Không dùng tại quầy: ngày chứng thực là hôm nay.",
                    "Import mode (migrating a paper register): accepts a past \"date\", in order; every entry is logged"
                    + " and its notes give the reason. Never at the counter: the certification date is today."})
    String importReason;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var draft = RegisterEntryJson.read(entry);
        try (CertificationRegister register = db.openOrCreate(b -> {
            if (importReason != null) {
                b.importMode(importReason);
            }
        })) {
            RegisterEntry e = register.certify(draft);
            ObjectNode o = RegisterEntryJson.JSON.createObjectNode();
            o.put("number", e.number().sequence());
            o.put("book", e.number().book());
            o.put("year", e.number().year());
            o.put("registerType", e.number().registerType());
            o.put("agencyCode", e.number().agencyCode());
            o.put("formatted", e.number().format());
            o.put("fee", e.details().fee().orElse(0));
            o.put("leafIndex", e.leafIndex());
            o.put("leafHash", e.leafHash());
            spec.commandLine().getOut().println(RegisterEntryJson.JSON.writeValueAsString(o));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}

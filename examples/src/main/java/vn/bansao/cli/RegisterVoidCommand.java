package vn.bansao.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.RegisterEntry;

/**
 * {@code bansao register void}: hủy một số, có lý do / void a number, with a reason.
 *
 * <pre>{@code
 * bansao register void --db so-chung-thuc.mv.db --year 2026 --number 12 --reason "Người yêu cầu rút hồ sơ"
 * }</pre>
 */
@Command(name = "void", mixinStandardHelpOptions = true,
        description = {"Hủy một số chứng thực: ghi một dòng HỦY kèm lý do; số không bao giờ được dùng lại. Không hủy"
                + " được sau khi đã khóa sổ năm đó.",
                "Void a certification number: appends a VOID row with the reason; the number is never reused. Refused"
                + " once the year is closed."},
        footer = {"", "Mã thoát / exit: 0 đã hủy / voided; 2 bị từ chối hoặc lỗi / refused or error."})
final class RegisterVoidCommand implements Callable<Integer> {

    @CommandLine.Mixin
    RegisterDbOptions db;

    @CommandLine.Mixin
    RegisterNumberOptions which;

    @Option(names = "--reason", required = true, paramLabel = "TEXT",
            description = "Lý do hủy (bắt buộc) / why the number is voided (required)")
    String reason;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("Phải ghi lý do hủy (--reason) / a reason is required (--reason)");
        }
        try (CertificationRegister register = db.open()) {
            RegisterEntry voided = register.voidEntry(which.find(register).number(), reason);
            var o = RegisterEntryJson.toJson(voided);
            o.put("voidReason", voided.voidReason());
            spec.commandLine().getOut().println(RegisterEntryJson.JSON.writeValueAsString(o));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}

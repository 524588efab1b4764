package vn.bansao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.EntryDraft;
import vn.bansao.register.RegisterEntry;

/**
 * {@code bansao register correct}: đính chính một mục sổ, có lý do / correct an entry, with a reason.
 *
 * <pre>{@code
 * echo '{"requesterName": "Nguyễn Văn Ấn"}' > sua.json
 * bansao register correct --db so-chung-thuc.mv.db --year 2026 --number 12 --entry sua.json --reason "Sai dấu tên"
 * }</pre>
 */
@Command(name = "correct", mixinStandardHelpOptions = true,
        description = {"Đính chính một mục sổ: ghi một dòng ĐÍNH CHÍNH tham chiếu mục cũ (số, quyển, ngày giữ nguyên);"
                + " --entry chỉ cần các trường thay đổi. Sau khi khóa sổ, đính chính vẫn được ghi và hiện cạnh dòng"
                + " khóa sổ khi xuất sổ.",
                "Correct an entry: appends a CORRECTION row referencing it (number, book and date stay); --entry needs"
                + " only the fields that change. After the year is closed a correction is still recorded and the export"
                + " shows it beside the closing line."},
        footer = {"", "Mã thoát / exit: 0 đã đính chính / corrected; 2 bị từ chối hoặc lỗi / refused or error."})
final class RegisterCorrectCommand implements Callable<Integer> {

    @CommandLine.Mixin
    RegisterDbOptions db;

    @CommandLine.Mixin
    RegisterNumberOptions which;

    @Option(names = "--entry", required = true, paramLabel = "FIELDS.json",
            description = "Các trường sửa, cùng khóa như examples/samples/entry.json / the corrected fields, keys as in"
                    + " examples/samples/entry.json")
    Path entry;

    @Option(names = "--reason", required = true, paramLabel = "TEXT",
            description = "Lý do đính chính (bắt buộc, ghi vào cột ghi chú) / why (required; written in the notes)")
    String reason;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("Phải ghi lý do đính chính (--reason) / a reason is required (--reason)");
        }
        try (CertificationRegister register = db.open()) {
            RegisterEntry current = which.find(register);
            // the number's own fields cannot be corrected: they come from the register
            EntryDraft base = current.details().toBuilder().fee(null).build();
            EntryDraft corrected = RegisterEntryJson.readOnto(entry, base);
            if (corrected.date().isPresent() && !corrected.date().equals(current.details().date())
                    || corrected.book() != current.number().book()
                    || !corrected.registerType().equals(current.number().registerType())
                    || !corrected.agencyCode().equals(current.number().agencyCode())) {
                throw new IllegalArgumentException("Không đính chính được số, quyển, ngày, loại sổ hay cơ quan: do sổ cấp"
                        + " / number, book, date, register type and body cannot be corrected: the register assigns them");
            }
            RegisterEntry done = register.correct(current.number(), corrected, reason);
            var o = RegisterEntryJson.toJson(done);
            o.put("corrected", done.corrected());
            o.put("notes", done.details().notes());
            spec.commandLine().getOut().println(RegisterEntryJson.JSON.writeValueAsString(o));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}

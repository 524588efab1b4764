package vn.bansao.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.LogVerification;
import vn.bansao.transparency.note.NoteVerifier;

/** {@code bansao register verify}: tính lại toàn bộ sổ / recompute the whole log; exit 0 only when intact. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Tính lại toàn bộ sổ và so với các điểm kiểm đã ký / recompute the whole log and compare it"
                + " with the signed checkpoints",
                "Mã thoát 0 chỉ khi sổ nguyên vẹn, 1 khi có sai lệch / exit 0 only when intact, 1 otherwise"})
final class RegisterVerifyCommand implements Callable<Integer> {

    @CommandLine.Mixin
    RegisterDbOptions db;

    @Option(names = "--trusted-key", paramLabel = "VKEY",
            description = "Khóa kiểm tra tin cậy (name+id+key); mặc định: các khóa đã ký trong sổ / trusted verifier"
                    + " key; default: the keys recorded in the register")
    List<String> trustedKeys = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (CertificationRegister register = db.open()) {
            NoteVerifier[] keys = trustedKeys.stream().map(NoteVerifier::parse).toArray(NoteVerifier[]::new);
            LogVerification v = register.verify(keys);
            out.printf("Số dòng / rows: %d%nGốc cây / root: %s%nĐiểm kiểm đã kiểm tra / checkpoints checked: %d%n",
                    v.treeSize(), v.rootHash(), v.checkpointsChecked());
            for (LogVerification.Finding f : v.findings()) {
                out.printf("%s\t%s\t%s%n", f.problem(), f.leafIndex() < 0 ? "-" : String.valueOf(f.leafIndex()),
                        f.message());
            }
            out.println(v.intact() ? "NGUYÊN VẸN / INTACT" : "BỊ SỬA ĐỔI / TAMPERED (" + v.findings().size() + ")");
            out.flush();
            return v.intact() ? 0 : 1;
        }
    }
}

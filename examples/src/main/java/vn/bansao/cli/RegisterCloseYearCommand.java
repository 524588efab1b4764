package vn.bansao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.YearClosing;
import vn.bansao.transparency.note.NoteSigner;

/** {@code bansao register close-year}: khóa sổ cuối năm / close a year with its total. */
@Command(name = "close-year", mixinStandardHelpOptions = true,
        description = "Khóa sổ năm: ghi tổng số vào sổ (ký nếu có --pkcs12); sau đó không cấp số cho năm đó nữa /"
                + " close the year: write its total (signed with --pkcs12); no number is allocated for it afterwards")
final class RegisterCloseYearCommand implements Callable<Integer> {

    @CommandLine.Mixin
    RegisterDbOptions db;

    @Option(names = "--year", required = true, description = "Năm / year")
    int year;

    @Option(names = "--pkcs12", paramLabel = "KEY.p12", description = "Khóa để ký lời khóa sổ / key to sign the closing")
    Path pkcs12;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Mật khẩu PKCS#12 / PKCS#12 password file")
    Path passwordFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if ((pkcs12 == null) != (passwordFile == null)) {
            throw new IllegalArgumentException("Cần cả --pkcs12 và --password-file / --pkcs12 needs --password-file");
        }
        try (CertificationRegister register = db.open()) {
            Optional<NoteSigner> signer = pkcs12 == null ? Optional.empty() : Optional.of(NoteSigner.fromPkcs12(pkcs12,
                    PasswordFiles.read(passwordFile), register.origin()));
            List<YearClosing> closed = register.closeYear(year, signer);
            if (closed.isEmpty()) {
                throw new IllegalArgumentException("Năm " + year + " không có mục nào / no entries in " + year);
            }
            ArrayNode arr = RegisterEntryJson.JSON.createArrayNode();
            for (YearClosing c : closed) {
                arr.addObject().put("agencyCode", c.agencyCode()).put("registerType", c.registerType())
                        .put("year", c.year()).put("total", c.total()).put("void", c.voided())
                        .put("leafIndex", c.leafIndex()).put("signed", !c.signedNote().isEmpty());
            }
            spec.commandLine().getOut().println(RegisterEntryJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(arr));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}

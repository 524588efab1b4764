package vn.bansao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.bansao.common.AtomicFiles;
import vn.bansao.register.CertificationRegister;

/** {@code bansao register export}: xuất sổ một năm ra CSV hoặc PDF / export a year's register as CSV or PDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Xuất sổ của một năm (CSV UTF-8 cho Excel, hoặc PDF A4 ngang để in) / export a year's register"
                + " (CSV for Excel, or a printable landscape A4 PDF)")
final class RegisterExportCommand implements Callable<Integer> {

    enum Format { csv, pdf }

    @CommandLine.Mixin
    RegisterDbOptions db;

    @Option(names = "--year", required = true, description = "Năm / year")
    int year;

    @Option(names = "--format", required = true, description = "csv | pdf")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Tệp kết quả / output file")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (CertificationRegister register = db.open()) {
            // written whole or not at all
            AtomicFiles.write(out, o -> {
                if (format == Format.csv) {
                    register.exportCsv(year, o);
                } else {
                    register.exportPdf(year, o);
                }
            });
        }
        return 0;
    }
}

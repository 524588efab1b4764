package vn.bansao.cli;

import picocli.CommandLine.Option;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.RegisterEntry;

/** Which entry a command acts on: {@code --year Y --number N} (with {@code --agency}/{@code --type} when needed). */
final class RegisterNumberOptions {

    @Option(names = "--year", required = true, description = "Năm của số chứng thực / year of the number")
    int year;

    @Option(names = "--number", required = true, description = "Số thứ tự trong năm / sequence number in the year")
    long number;

    RegisterEntry find(CertificationRegister register) {
        return register.find(year, number).orElseThrow(() -> new IllegalArgumentException(
                "Không có số " + number + " năm " + year + " trong sổ " + register.config().registerType()
                        + " (dùng --agency/--type nếu sổ có nhiều cơ quan hoặc loại sổ) / number " + number + " of " + year
                        + " not found in the " + register.config().registerType() + " register (use --agency/--type when"
                        + " it holds several bodies or types)"));
    }
}

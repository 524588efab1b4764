package vn.bansao.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.bansao.register.CertificationRegister;
import vn.bansao.transparency.checkpoint.SignedCheckpoint;
import vn.bansao.transparency.note.NoteSigner;

/** {@code bansao register checkpoint}: ký điểm kiểm của sổ / sign a checkpoint of the log. */
@Command(name = "checkpoint", mixinStandardHelpOptions = true,
        description = "Ký điểm kiểm (C2SP tlog-checkpoint, signed note) bằng khóa của cơ quan (Ed25519 hoặc ECDSA"
                + " P-256) / sign a checkpoint with the body's key (Ed25519 or ECDSA P-256)")
final class RegisterCheckpointCommand implements Callable<Integer> {

    @CommandLine.Mixin
    RegisterDbOptions db;

    @Option(names = "--pkcs12", required = true, paramLabel = "KEY.p12", description = "Tệp khóa PKCS#12 / PKCS#12 key file")
    Path pkcs12;

    @Option(names = "--password-file", required = true, paramLabel = "FILE",
            description = "Tệp chứa mật khẩu PKCS#12 / file holding the PKCS#12 password")
    Path passwordFile;

    @Option(names = "--key-name", description = "Tên khóa trên dòng chữ ký (mặc định: origin của sổ) / key name"
            + " (default: the register's origin)")
    String keyName;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        char[] password = PasswordFiles.read(passwordFile);
        try (CertificationRegister register = db.open()) {
            NoteSigner signer = NoteSigner.fromPkcs12(pkcs12, password,
                    keyName != null ? keyName : register.origin());
            SignedCheckpoint cp = register.checkpoint(signer);
            spec.commandLine().getOut().print(cp.note());
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().println("Khóa kiểm tra / verifier key: " + signer.verifier().verifierKey());
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
        return 0;
    }
}

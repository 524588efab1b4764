package vn.bansao.springboot;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.service.RegisterService;
import vn.bansao.springboot.internal.CheckpointKeyFile;
import vn.bansao.transparency.note.NoteSigner;

/**
 * The {@link RegisterService} (issue 15: what other provinces' verifiers ask this body's register over HTTP) when
 * {@code bansao.register.service.enabled=true}, on the application's {@link CertificationRegister}, signing with
 * the checkpoint key of {@code bansao.register.service.key-file}. Without a key file the application does not start:
 * a key made silently at start-up would change at every restart and no province could pin it. For a demo,
 * {@code generate-key-if-missing=true} makes an Ed25519 key file once (its verifier key logged at INFO).
 *
 * <pre>{@code
 * RegisterService service;   // injected
 * ServiceAnswer cp = service.checkpoint();
 * }</pre>
 */
@AutoConfiguration(after = BansaoRegisterAutoConfiguration.class)
@ConditionalOnProperty(prefix = "bansao.register.service", name = "enabled", havingValue = "true")
public class BansaoRegisterServiceAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(BansaoRegisterServiceAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    public RegisterService registerService(CertificationRegister register, BansaoProperties properties) {
        BansaoProperties.Service s = properties.getRegister().getService();
        Path file = s.keyFile().orElseThrow(() -> new IllegalStateException(
                "bansao.register.service.key-file is not set: the register service signs its checkpoints with the"
                        + " register's own key (a PKCS#12 file, Ed25519 or ECDSA P-256) that the provinces pin; give it,"
                        + " or for a demo set bansao.register.service.generate-key-if-missing=true with a key-file path"
                        + " / chưa khai báo tệp khóa ký điểm kiểm của sổ (bansao.register.service.key-file)"));
        char[] password = s.keyPassword().map(String::toCharArray).orElseThrow(() -> new IllegalStateException(
                "bansao.register.service.key-password is not set (e.g. the environment variable"
                        + " BANSAO_REGISTER_SERVICE_KEY_PASSWORD) / chưa khai báo mật khẩu tệp khóa của sổ"));
        String keyName = s.keyName().orElse(register.origin());
        boolean made = false;
        if (!Files.exists(file)) {
            if (!s.isGenerateKeyIfMissing()) {
                throw new IllegalStateException("bansao.register.service.key-file " + file + " does not exist (set"
                        + " bansao.register.service.generate-key-if-missing=true to make one for a demo) / tệp khóa"
                        + " của sổ không tồn tại: " + file);
            }
            made = CheckpointKeyFile.createIfMissing(file, password);
        }
        NoteSigner signer = NoteSigner.fromPkcs12(file, password, keyName);
        java.util.Arrays.fill(password, '\0');
        if (made) {
            LOG.info("register service: made a new Ed25519 checkpoint key in {} (demo); its verifier key: {}", file,
                    signer.verifier().verifierKey());
        }
        RegisterService.Builder builder = RegisterService.builder(register, signer)
                .checkpointInterval(s.getCheckpointInterval());
        RegisterServiceWitnesses.configure(builder, s);
        return builder.build();
    }
}

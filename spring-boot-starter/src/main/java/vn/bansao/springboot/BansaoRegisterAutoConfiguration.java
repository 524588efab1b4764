package vn.bansao.springboot;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import vn.bansao.register.CertificationRegister;
import vn.bansao.register.RegisterConfig;
import vn.bansao.signing.PadesSigner;
import vn.bansao.certification.CertificationWorkflow;

/**
 * The {@link CertificationRegister} on the application's {@link DataSource} (see
 * {@link BansaoRegisterDataSourceAutoConfiguration}) and, when the server holds keys
 * ({@code bansao.keys.officer-pkcs12} set, or an own {@code CertificationWorkflow} bean), the
 * {@link CertificationWorkflow}: number → build → sign → register, VOID on failure, the TSA asked for a probe
 * time-stamp before a number is allocated.
 *
 * <pre>{@code
 * CertificationWorkflow workflow;   // injected
 * Outcome done = workflow.certify(scans, facts);
 * }</pre>
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, BansaoRegisterDataSourceAutoConfiguration.class,
        BansaoAutoConfiguration.class})
public class BansaoRegisterAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnSingleCandidate(DataSource.class)
    public CertificationRegister certificationRegister(DataSource dataSource, BansaoProperties properties) {
        return CertificationRegister.open(RegisterConfig.builder(dataSource)
                .agencyCode(properties.getAgency().getCode())
                .agencyName(properties.getAgency().getName())
                .registerType(properties.getAgency().getRegisterType())
                .build());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnSingleCandidate(CertificationRegister.class)
    @ConditionalOnProperty(prefix = "bansao.keys", name = "officer-pkcs12")
    public CertificationWorkflow certificationWorkflow(CertificationRegister register, PadesSigner signer,
                                                       SigningKeys keys, BansaoProperties properties) {
        CertificationWorkflow workflow = new CertificationWorkflow(register, signer, keys.officer().orElseThrow(),
                keys.authority().orElseThrow());
        return properties.getTsa().url().map(workflow::withTsaCheck).orElse(workflow);
    }
}

package vn.bansao.springboot;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import vn.bansao.register.RegisterConfig;

/**
 * The register's database when the application names none: a small HikariCP pool on the H2 file
 * {@code bansao.register.file} (default {@code ./so-chung-thuc}, opened with {@code AUTO_SERVER} so the command line
 * can use the same file). With {@code spring.datasource.url} set (PostgreSQL, or H2 elsewhere), this backs off and
 * Spring Boot's own HikariCP pool ({@code DataSourceAutoConfiguration}, which runs after this class) is the register's.
 *
 * <pre>{@code
 * spring.datasource.url=jdbc:postgresql://db.example.vn/register
 * spring.datasource.username=register
 * spring.datasource.password=${REGISTER_DB_PASSWORD}
 * }</pre>
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(HikariDataSource.class)
@EnableConfigurationProperties(BansaoProperties.class)
public class BansaoRegisterDataSourceAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(DataSource.class)
    @ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
    public HikariDataSource bansaoRegisterDataSource(BansaoProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("bansao-register");
        config.setJdbcUrl(RegisterConfig.builder(properties.getRegister().getFile().toAbsolutePath().toString())
                .build().jdbcUrl());
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(properties.getRegister().getMaximumPoolSize());
        return new HikariDataSource(config);
    }
}

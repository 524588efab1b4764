package vn.bansao.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal Spring Boot application embedding the bansao SDK: one shared, pre-warmed verifier
 * ({@link BansaoConfiguration}) and a REST controller over it ({@link CopyController}).
 *
 * <pre>{@code
 * mvn -pl examples-spring-boot -am package -DskipTests
 * java -jar examples-spring-boot/target/bansao-examples-spring-boot-0.1.0-SNAPSHOT.jar \
 *      --bansao.trust-anchors=bansao-demo/root.pem --server.port=8081
 * curl -F file=@ban-sao.pdf http://localhost:8081/api/verify
 * }</pre>
 */
@SpringBootApplication
public class BansaoSpringBootExample {

    public static void main(String[] args) {
        SpringApplication.run(BansaoSpringBootExample.class, args);
    }
}

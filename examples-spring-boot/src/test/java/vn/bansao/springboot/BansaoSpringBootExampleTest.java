package vn.bansao.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BansaoSpringBootExampleTest {

    @LocalServerPort
    int port;

    @Test
    void starts() {
        assertThat(port).isPositive();
    }
}

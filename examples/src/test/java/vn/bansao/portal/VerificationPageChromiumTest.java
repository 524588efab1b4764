package vn.bansao.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The verification page in a real headless Chromium against a running portal on loopback. */
class VerificationPageChromiumTest {

    private static PortalServer portal;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() throws Exception {
        portal = PortalServer.start(PortalConfig.builder().port(0).build());
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void pageLoadsInVietnamese() throws Exception {
        chromium.driver.get(portal.uri().resolve("/xac-minh").toString());
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Xác minh bản sao điện tử được chứng thực");
        screenshot("page");
    }

    private static void screenshot(String name) throws Exception {
        String dir = System.getProperty("bansao.screenshots");
        if (dir != null) {
            byte[] png = chromium.driver.getScreenshotAs(OutputType.BYTES);
            Files.write(Path.of(dir, name + ".png"), png);
        }
    }

    private static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(chromium.driver, Duration.ofSeconds(seconds));
    }
}

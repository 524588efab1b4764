package vn.bansao.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The verification page in a real headless Chromium against the running portal: a citizen uploads a copy
 * certified and signed with the test PKI, then opens the link of the copy's QR code.
 */
class VerificationPageChromiumTest {

    private static PortalFixture fixture;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() throws Exception {
        chromium = HeadlessChromium.start();
        fixture = PortalFixture.get();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void uploadedCopyShowsTheVerdictTheSignersTheEntryAndThePages(@TempDir Path dir) throws Exception {
        Path copy = Files.write(dir.resolve("ban-sao.pdf"), fixture.signedCopy());
        chromium.driver.get(fixture.at("/xac-minh").toString());
        assertThat(chromium.driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Xác minh bản sao điện tử được chứng thực");

        chromium.driver.findElement(By.id("file")).sendKeys(copy.toString());
        chromium.driver.findElement(By.id("submit")).click();

        WebElement verdict = waitUpTo(60).until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        assertThat(verdict.getText()).isEqualTo("HỢP LỆ");
        assertThat(chromium.driver.findElement(By.id("verdict-box")).getAttribute("class")).contains("valid");
        String signers = chromium.driver.findElement(By.id("signers")).getText();
        assertThat(signers).contains("Nguyễn Thị Hương", "UBND Phường Bến Nghé", "Công chức Tư pháp - Hộ tịch", "Ký lúc");
        String number = fixture.certifyAnswer().path("register_entry").path("number").asText();
        String register = chromium.driver.findElement(By.id("register")).getText();
        assertThat(register).contains(number, "Đã chứng thực", "Bằng tốt nghiệp đại học");
        assertThat(chromium.driver.findElements(By.cssSelector("#pages img"))).hasSize(3);
        assertThat(chromium.driver.findElement(By.cssSelector("#pages img")).getAttribute("alt"))
                .isEqualTo("Trang 1 của bản sao");
        screenshot("uploaded");
        chromium.driver.executeScript("document.getElementById('pages-card').scrollIntoView()");
        screenshot("pages");
    }

    @Test
    void aTamperedCopyIsShownInRed(@TempDir Path dir) throws Exception {
        byte[] tampered = fixture.signedCopy().clone();
        // one byte of the officer's signed revision, far from the signature values: the bytes no longer match
        int at = tampered.length / 3;
        tampered[at] = (byte) (tampered[at] ^ 0x20);
        Path copy = Files.write(dir.resolve("ban-sao-bi-sua.pdf"), tampered);
        chromium.driver.get(fixture.at("/xac-minh").toString());
        chromium.driver.findElement(By.id("file")).sendKeys(copy.toString());
        chromium.driver.findElement(By.id("submit")).click();

        WebElement verdict = waitUpTo(60).until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        assertThat(verdict.getText()).isEqualTo("KHÔNG HỢP LỆ");
        assertThat(chromium.driver.findElement(By.id("verdict-box")).getAttribute("class")).contains("invalid");
        screenshot("tampered");
    }

    @Test
    void qrLinkShowsTheRegisterEntryAtOnce() throws Exception {
        // the QR code is the link itself: open it as a phone camera would
        String link = PortalApiTest.qrPayload(fixture.signedCopy());
        assertThat(link).startsWith(fixture.at("/xac-minh").toString());
        chromium.driver.get(link);

        WebElement qr = waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("qr-body-entry")));
        String number = fixture.certifyAnswer().path("register_entry").path("number").asText();
        assertThat(qr.getText()).contains(number, "Đã chứng thực", "000.00.12.H29");
        assertThat(qr.getText()).doesNotContain("079123456789");
        screenshot("qr");
    }

    @Test
    void aFileThatIsNotAPdfGetsAVietnameseMessage(@TempDir Path dir) throws Exception {
        Path notPdf = Files.writeString(dir.resolve("anh.txt"), "không phải PDF");
        chromium.driver.get(fixture.at("/xac-minh").toString());
        chromium.driver.findElement(By.id("file")).sendKeys(notPdf.toString());
        chromium.driver.findElement(By.id("submit")).click();
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "không phải là tệp PDF"));
        assertThat(chromium.driver.findElement(By.id("result")).isDisplayed()).isFalse();
    }

    private static void screenshot(String name) throws Exception {
        String dir = System.getProperty("bansao.screenshots");
        if (dir != null) {
            Files.write(Path.of(dir, name + ".png"), chromium.driver.getScreenshotAs(OutputType.BYTES));
        }
    }

    private static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(chromium.driver, Duration.ofSeconds(seconds));
    }
}

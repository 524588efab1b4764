package vn.bansao.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The eight-bytes-at-a-time field end agrees with a byte loop on any bytes (blanks, signs, UTF-8, delimiters). */
class CsvScannerFieldEndTest {

    @Test
    void agreesWithTheNaiveLoop() {
        SplittableRandom r = new SplittableRandom(3);
        byte[] alphabet = "abc019-._ !#$%&'()*+\"\t,\n\r".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        for (int n = 0; n < 200_000; n++) {
            byte[] buf = new byte[1 + r.nextInt(40)];
            for (int i = 0; i < buf.length; i++) {
                int k = r.nextInt(alphabet.length + 4);
                buf[i] = k < alphabet.length ? alphabet[k] : (byte) (0x80 + r.nextInt(128)); // UTF-8 continuation/lead bytes
            }
            int start = r.nextInt(buf.length);
            int naive = start;
            while (naive < buf.length && buf[naive] != ',' && buf[naive] != '\n' && buf[naive] != '\r') {
                naive++;
            }
            assertThat(CsvScanner.fieldEnd(buf, start, buf.length)).isEqualTo(naive);
        }
    }
}

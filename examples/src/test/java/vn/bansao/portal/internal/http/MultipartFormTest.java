package vn.bansao.portal.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MultipartFormTest {

    private static final String BOUNDARY = "----bansaoBoundary7MA4YWxk";

    @Test
    void parsesFieldsAndBinaryFilesInOrder() throws Exception {
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i; // includes CR, LF and '-' bytes inside the content
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"facts\"\r\n\r\n"
                + "{\"so\":\"Nguyễn\"}\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"scan\"; filename=\"trang-1.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(binary);
        body.write(("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"scan\"; filename=\"trang-2.jpg\"\r\n\r\n"
                + "x\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));

        MultipartForm form = MultipartForm.parse(body.toByteArray(), BOUNDARY, 10);

        assertThat(form.first("facts").orElseThrow().text()).isEqualTo("{\"so\":\"Nguyễn\"}");
        assertThat(form.all("scan")).hasSize(2);
        MultipartForm.Part first = form.all("scan").get(0);
        assertThat(first.filename()).contains("trang-1.jpg");
        assertThat(first.contentType()).isEqualTo("image/jpeg");
        assertThat(first.content()).isEqualTo(binary);
        assertThat(form.all("scan").get(1).text()).isEqualTo("x");
    }

    @Test
    void refusesTooManyParts() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"f").append(i)
                    .append("\"\r\n\r\nv\r\n");
        }
        body.append("--").append(BOUNDARY).append("--\r\n");
        assertThatThrownBy(() -> MultipartForm.parse(body.toString().getBytes(StandardCharsets.UTF_8), BOUNDARY, 3))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.messageVi()).contains("tối đa 3");
                });
    }

    @Test
    void refusesTruncatedBody() {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nnever ends";
        assertThatThrownBy(() -> MultipartForm.parse(body.getBytes(StandardCharsets.UTF_8), BOUNDARY, 3))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("BAD_REQUEST");
                    assertThat(e.messageEn()).contains("unterminated part");
                });
    }

    @Test
    void readsQuotedBoundaryAndRefusesMissingOne() {
        assertThat(MultipartForm.boundaryOf("multipart/form-data; boundary=\"abc def\"")).isEqualTo("abc def");
        assertThatThrownBy(() -> MultipartForm.boundaryOf("multipart/form-data"))
                .isInstanceOf(ApiException.class);
    }
}

package vn.bansao.core.facts;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A facts file with a mistake is named in both languages, by line, without the parser's own text or the input. */
class FactsJsonErrorsTest {

    static void read(String json) throws Exception {
        FactsJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void cutShortJsonSaysWhereInBothLanguages() {
        assertThatThrownBy(() -> read("{\n \"kind\": \"FROM_ORIGINAL\",\n \"requester\": {\"name\": \"Nguyễn Văn Ấn\""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bị cắt cụt").hasMessageContaining("ends too early").hasMessageContaining("line 3")
                .hasMessageNotContaining("Unexpected").hasMessageNotContaining("Source").hasMessageNotContaining("REDACTED")
                .hasMessageNotContaining("Nguyễn Văn Ấn");
    }

    @Test
    void garbageIsNotJson() {
        assertThatThrownBy(() -> read("kind = FROM_ORIGINAL"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("không phải JSON hợp lệ").hasMessageContaining("not valid JSON")
                .hasMessageNotContaining("Unrecognized token");
    }

    @Test
    void wrongKindListsTheChoicesAndMissingFieldsAreNamed() {
        assertThatThrownBy(() -> read("{\"kind\": \"COPY\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FROM_ORIGINAL").hasMessageContaining("FROM_MASTER_REGISTER")
                .hasMessageNotContaining("No enum constant");
        assertThatThrownBy(() -> read("{\"kind\": \"FROM_ORIGINAL\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("thiếu trường \"number\" / missing field \"number\"");
    }
}

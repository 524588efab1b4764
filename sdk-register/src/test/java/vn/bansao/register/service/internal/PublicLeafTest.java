package vn.bansao.register.service.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The service's last check: a leaf naming a person or a document in clear is never served, whatever the register said. */
class PublicLeafTest {

    private static boolean check(String json) {
        return PublicLeaf.isPublic(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLeafWithAnyPrivateFieldInClearIsNotPublic() {
        assertThat(check("{\"kind\":\"VOID\",\"notes\":\"\",\"requesterName\":\"\",\"v\":1}")).isTrue();
        assertThat(check("{\"kind\":\"CERTIFICATION\",\"private\":\"ab12\",\"v\":2}")).isTrue();
        for (String field : PublicLeaf.PRIVATE_FIELDS) {
            assertThat(check("{\"kind\":\"CERTIFICATION\",\"" + field + "\":\"Nguyễn Văn An\",\"v\":2}")).as(field).isFalse();
            assertThat(check("{\"" + field + "\":{\"name\":\"x\"}}")).as(field + " as an object").isFalse();
            assertThat(check("{\"" + field + "\":123}")).as(field + " as a number").isFalse();
        }
    }

    @Test
    void whatIsNotAJsonObjectIsNotPublic() {
        assertThat(check("not json")).isFalse();
        assertThat(check("[\"requesterName\"]")).isFalse();
        assertThat(check("")).isFalse();
    }
}

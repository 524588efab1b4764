package vn.bansao.testkit.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Small helpers for the kit's HTTP handlers. */
final class Http {

    /** Largest request body accepted (TSA and OCSP requests are a few hundred bytes). */
    static final int MAX_BODY = 64 * 1024;

    private Http() {
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static byte[] body(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] data = in.readNBytes(MAX_BODY + 1);
            if (data.length > MAX_BODY) {
                throw new IOException("request body larger than " + MAX_BODY + " bytes");
            }
            return data;
        }
    }
}

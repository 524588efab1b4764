package vn.bansao.testkit.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.util.Map;

/**
 * Serves CRLs ({@code /crl/<name>.crl}, freshly signed at each request) and CA certificates
 * ({@code /certs/<name>.cer}, the AIA caIssuers targets), both DER.
 */
public final class RepositoryHandler implements HttpHandler {

    private final Map<String, CertificateAuthority> cas;

    /** @param cas CAs by file name without extension, e.g. {@code issuing-ca}, {@code root} */
    public RepositoryHandler(Map<String, CertificateAuthority> cas) {
        this.cas = Map.copyOf(cas);
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        if (!"GET".equals(ex.getRequestMethod()) && !"HEAD".equals(ex.getRequestMethod())) {
            Http.send(ex, 405, "text/plain", "GET".getBytes());
            return;
        }
        String path = ex.getRequestURI().getPath();
        try {
            if (path.startsWith("/crl/") && path.endsWith(".crl")) {
                CertificateAuthority ca = cas.get(path.substring(5, path.length() - 4));
                if (ca != null) {
                    Http.send(ex, 200, "application/pkix-crl", ca.crl().getEncoded());
                    return;
                }
            } else if (path.startsWith("/certs/") && path.endsWith(".cer")) {
                CertificateAuthority ca = cas.get(path.substring(7, path.length() - 4));
                if (ca != null) {
                    Http.send(ex, 200, "application/pkix-cert", ca.certificate().getEncoded());
                    return;
                }
            }
        } catch (CRLException | CertificateEncodingException e) {
            throw new IOException(e);
        }
        Http.send(ex, 404, "text/plain", ("no such file: " + path).getBytes());
    }
}

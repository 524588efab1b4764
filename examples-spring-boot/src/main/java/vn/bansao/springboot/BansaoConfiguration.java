package vn.bansao.springboot;

import java.nio.file.Path;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.bansao.verify.CopyVerifier;
import vn.bansao.verify.TrustAnchors;

/**
 * The SDK objects as Spring beans: one {@link CopyVerifier} for the whole application, built (and so
 * pre-warmed: classes loaded, trust anchors parsed) at start-up, then shared by every request. It is
 * immutable and thread-safe; building one per request would redo that work each time.
 *
 * <pre>{@code
 * # application.properties
 * bansao.trust-anchors=/etc/bansao/root-ca.pem,/etc/bansao/rootca-g2.pem
 * }</pre>
 */
@Configuration(proxyBeanMethods = false)
public class BansaoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(BansaoConfiguration.class);

    @Bean
    public CopyVerifier copyVerifier(@Value("${bansao.trust-anchors:}") String trustAnchorFiles) {
        Path[] files = Arrays.stream(trustAnchorFiles.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toArray(Path[]::new);
        TrustAnchors anchors = files.length == 0 ? TrustAnchors.none() : TrustAnchors.fromPaths(files);
        if (anchors.isEmpty()) {
            LOG.warn("bansao.trust-anchors is empty: verdicts will be at best INDETERMINATE (CHƯA XÁC ĐỊNH)");
        }
        // offline (the default): a verification never fetches a URL found in a document or certificate
        return CopyVerifier.builder().trustAnchors(anchors).build();
    }
}

package vn.bansao.portal;

import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal's own settings under {@code bansao.portal} (the SDK's — keys, trust anchors, TSA, register — are the
 * starter's {@code bansao.*}; address and port are Spring Boot's {@code server.address} and {@code server.port}).
 *
 * <pre>{@code
 * bansao.portal.public-url=https://dichvucong.example.gov.vn/xac-minh
 * bansao.portal.max-upload-bytes=33554432
 * }</pre>
 */
@ConfigurationProperties(prefix = "bansao.portal")
public class PortalProperties {

    /** The verification page's public address, written into new copies' QR codes; none: this server's /xac-minh. */
    private String publicUrl;
    /** The largest request body accepted (413 above it); remote-signing JSON may be 4/3 of it plus 1 MiB (base64). */
    private long maxUploadBytes = 32L << 20;
    /** The most scans one certify request accepts. */
    private int maxScans = 50;
    /** The most pages previewed on the verification page, and their resolution. */
    private int thumbnailPages = 4;
    private float thumbnailDpi = 40f;

    public Optional<String> publicUrl() {
        return Optional.ofNullable(publicUrl).filter(u -> !u.isBlank());
    }

    /** The limit of the JSON bodies of remote signing: a PDF in base64, the certificate chain and the session. */
    public long maxJsonBytes() {
        return maxUploadBytes / 3 * 4 + (1 << 20);
    }

    public String getPublicUrl() {
        return publicUrl;
    }

    public void setPublicUrl(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    public long getMaxUploadBytes() {
        return maxUploadBytes;
    }

    public void setMaxUploadBytes(long maxUploadBytes) {
        if (maxUploadBytes < 1024) {
            throw new IllegalArgumentException("bansao.portal.max-upload-bytes too small: " + maxUploadBytes);
        }
        this.maxUploadBytes = maxUploadBytes;
    }

    public int getMaxScans() {
        return maxScans;
    }

    public void setMaxScans(int maxScans) {
        this.maxScans = maxScans;
    }

    public int getThumbnailPages() {
        return thumbnailPages;
    }

    public void setThumbnailPages(int thumbnailPages) {
        this.thumbnailPages = thumbnailPages;
    }

    public float getThumbnailDpi() {
        return thumbnailDpi;
    }

    public void setThumbnailDpi(float thumbnailDpi) {
        this.thumbnailDpi = thumbnailDpi;
    }
}

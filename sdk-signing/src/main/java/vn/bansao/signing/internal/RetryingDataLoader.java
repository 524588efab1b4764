package vn.bansao.signing.internal;

import eu.europa.esig.dss.spi.client.http.DataLoader;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Retries a DSS data loader a few times: TSA/OCSP/CRL servers drop requests under load. */
public final class RetryingDataLoader implements DataLoader {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(RetryingDataLoader.class);

    private final DataLoader delegate;
    private final int attempts;

    public RetryingDataLoader(DataLoader delegate, int retries) {
        this.delegate = delegate;
        this.attempts = Math.max(1, retries + 1);
    }

    @Override
    public byte[] get(String url) {
        return retry(() -> delegate.get(url), url);
    }

    @Override
    public DataAndUrl get(List<String> urls) {
        return retry(() -> delegate.get(urls), String.valueOf(urls));
    }

    @Override
    public byte[] post(String url, byte[] content) {
        return retry(() -> delegate.post(url, content), url);
    }

    @Override
    public void setContentType(String contentType) {
        delegate.setContentType(contentType);
    }

    private <T> T retry(java.util.function.Supplier<T> call, String url) {
        RuntimeException last = null;
        for (int i = 1; i <= attempts; i++) {
            try {
                T result = call.get();
                if (result != null) {
                    return result;
                }
            } catch (RuntimeException e) {
                last = e;
                LOG.debug("attempt {} of {} to {} failed: {}", i, attempts, url, e.getMessage());
            }
            if (i < attempts) {
                try {
                    Thread.sleep(100L * i);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        if (last != null) {
            throw last;
        }
        return null;
    }
}

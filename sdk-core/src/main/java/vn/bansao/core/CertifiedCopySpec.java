package vn.bansao.core;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.bansao.core.facts.StatementTemplate;

/**
 * The options of a build, immutable; {@link CertifiedCopy.Builder} fills it with the right defaults.
 *
 * <pre>{@code
 * CertifiedCopySpec spec = CertifiedCopy.builder().clock(clock).documentId(id).spec();
 * }</pre>
 *
 * @param template                 the statement template; empty: the default for the facts' kind
 * @param allowFlattenTransparency flatten transparent images on white instead of refusing them (default false)
 * @param clock                    clock of the creation / modification dates
 * @param documentId               the document UUID; empty: derived from the scans and facts (deterministic)
 * @param portalUrl                portal URL for the QR code; empty: the facts' portal URL, if any
 * @param tempDir                  directory of temporary files; empty: {@code java.io.tmpdir}
 * @param pdfaLevel                PDF/A conformance written
 */
public record CertifiedCopySpec(Optional<StatementTemplate> template, boolean allowFlattenTransparency, Clock clock,
                                Optional<UUID> documentId, Optional<String> portalUrl, Optional<Path> tempDir,
                                PdfALevel pdfaLevel) {

    public CertifiedCopySpec {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(portalUrl, "portalUrl");
        Objects.requireNonNull(tempDir, "tempDir");
        Objects.requireNonNull(pdfaLevel, "pdfaLevel");
    }

    /** The defaults: kind's template, no flattening, system UTC clock, derived ID, PDF/A-3u. */
    public static CertifiedCopySpec defaults() {
        return new CertifiedCopySpec(Optional.empty(), false, Clock.systemUTC(), Optional.empty(), Optional.empty(),
                Optional.empty(), PdfALevel.PDF_A_3U);
    }
}

package vn.bansao.core;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.bansao.common.LocalizedText;
import vn.bansao.core.facts.CertificationFacts;
import vn.bansao.core.facts.StatementTemplate;
import vn.bansao.core.internal.CoreText;
import vn.bansao.core.internal.assemble.PackageAssembler;
import vn.bansao.core.internal.page.CertificationPage;
import vn.bansao.core.internal.scan.PagePlan;
import vn.bansao.core.internal.scan.ScanProber;

/**
 * An unsigned certified-copy package, validated and ready to write: the scans as PDF/A-3 pages (lossless),
 * then the certification page with the statement, the QR code and the empty signature fields
 * {@code bansao_officer} and {@code bansao_authority}.
 *
 * <pre>{@code
 * CertifiedCopy.builder().scans(List.of(Path.of("p1.jpg"), Path.of("p2.png"))).facts(facts).build()
 *     .writeTo(Path.of("copy.pdf"));
 * }</pre>
 *
 * {@link Builder#build()} reads every input's headers and refuses bad ones with
 * {@link ScanRejectedException} before anything is written; {@link #writeTo(Path)} writes a temporary file
 * and moves it into place atomically.
 */
public final class CertifiedCopy {

    /** Name of the certifying officer's signature field (copies from an original only). */
    public static final String OFFICER_FIELD = vn.bansao.core.internal.page.SignatureFields.OFFICER;
    /** Name of the certifying body's signature field (the electronic seal), on every copy. */
    public static final String AUTHORITY_FIELD = vn.bansao.core.internal.page.SignatureFields.AUTHORITY;

    private final CertifiedCopySpec spec;
    private final CertificationFacts facts;
    private final StatementTemplate template;
    private final List<PagePlan> plans;
    private final vn.bansao.core.fee.FeeSchedule fees;

    private CertifiedCopy(CertifiedCopySpec spec, CertificationFacts facts, StatementTemplate template,
                          List<PagePlan> plans, vn.bansao.core.fee.FeeSchedule fees) {
        this.fees = fees;
        this.spec = spec;
        this.facts = facts;
        this.template = template;
        this.plans = plans;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The options. */
    public CertifiedCopySpec spec() {
        return spec;
    }

    /** The facts. */
    public CertificationFacts facts() {
        return facts;
    }

    /** Number of scanned pages (the certification page comes after them). */
    public int scannedPageCount() {
        return plans.size();
    }

    /**
     * The scan digest the package will carry (manifest, XMP and QR code): SHA-256 base64url over the scanned
     * pages' source digests, known before anything is written, so a register line can record it when the number
     * is allocated.
     */
    public String scanDigest() {
        return vn.bansao.core.manifest.Manifest.scanDigestOfSources(plans.stream().map(PagePlan::sourceSha256).toList());
    }

    /**
     * The same scans with other facts, without reading the inputs again: a certification desk validates the
     * scans before the register allocates a number, then prints that number.
     *
     * <pre>{@code
     * CertifiedCopy checked = CertifiedCopy.builder().scans(paths).facts(draftFacts).build(); // bad scans refused here
     * byte[] pdf = checked.withFacts(draftFacts.toBuilder().number(allocated).build()).toBytes();
     * }</pre>
     */
    public CertifiedCopy withFacts(CertificationFacts other) {
        vn.bansao.core.facts.FactsConsistency.check(other, fees);
        StatementTemplate t = spec.template().orElse(StatementTemplate.defaultFor(other.kind()));
        CertificationPage.checkGlyphs(t.render(other));
        return new CertifiedCopy(spec, other, t, plans, fees);
    }

    /** Writes the package to {@code out} atomically (temporary file in the same directory, then a move). */
    public void writeTo(Path out) throws IOException {
        vn.bansao.common.AtomicFiles.write(out, os -> PackageAssembler.assemble(spec, facts, template, plans, os));
    }

    /**
     * Writes the package to a stream. Every input was validated by {@link Builder#build()}; only an I/O error
     * (or an input file changed since) can stop the writing half-way, and then the stream's owner discards it.
     * Use {@link #writeTo(Path)} for an all-or-nothing file.
     */
    public void writeTo(OutputStream out) throws IOException {
        PackageAssembler.assemble(spec, facts, template, plans, out);
    }

    /** The package as bytes (small packages, tests). */
    public byte[] toBytes() {
        java.io.ByteArrayOutputStream bos = new java.io.ByteArrayOutputStream();
        try {
            writeTo(bos);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bos.toByteArray();
    }

    /**
     * Builder over an immutable {@link CertifiedCopySpec}: scans and facts are required, every option has
     * the right default.
     *
     * <pre>{@code
     * CertifiedCopy copy = CertifiedCopy.builder().scan(Path.of("scan.jpg")).facts(facts)
     *     .clock(Clock.fixed(instant, ZoneOffset.UTC)).documentId(uuid).build();
     * }</pre>
     */
    public static final class Builder {
        private final List<ScanSource> scans = new ArrayList<>();
        private CertificationFacts facts;
        private vn.bansao.core.fee.FeeSchedule fees = vn.bansao.core.fee.FeeSchedule.CIRCULAR_226_2016;
        private CertifiedCopySpec spec = CertifiedCopySpec.defaults();

        private Builder() {
        }

        /** Adds scan files, in page order. */
        public Builder scans(Collection<Path> paths) {
            paths.forEach(p -> scans.add(ScanSource.of(p)));
            return this;
        }

        /** Adds one scan file. */
        public Builder scan(Path path) {
            scans.add(ScanSource.of(path));
            return this;
        }

        /** Adds one input from memory or a stream. */
        public Builder scan(ScanSource source) {
            scans.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /** Adds several inputs. */
        public Builder sources(Collection<ScanSource> sources) {
            sources.forEach(this::scan);
            return this;
        }

        public Builder facts(CertificationFacts facts) {
            this.facts = facts;
            return this;
        }

        /** A province's statement template (default: {@link StatementTemplate#defaultFor}). */
        public Builder template(StatementTemplate template) {
            spec = new CertifiedCopySpec(Optional.of(template), spec.allowFlattenTransparency(), spec.clock(),
                    spec.documentId(), spec.portalUrl(), spec.tempDir(), spec.pdfaLevel());
            return this;
        }

        /** Flatten real transparency on white instead of refusing (changes pixels; default false). */
        public Builder allowFlattenTransparency(boolean allow) {
            spec = new CertifiedCopySpec(spec.template(), allow, spec.clock(), spec.documentId(), spec.portalUrl(),
                    spec.tempDir(), spec.pdfaLevel());
            return this;
        }

        /** Clock of the document dates (fixed clocks make builds reproducible). */
        public Builder clock(Clock clock) {
            spec = new CertifiedCopySpec(spec.template(), spec.allowFlattenTransparency(), clock, spec.documentId(),
                    spec.portalUrl(), spec.tempDir(), spec.pdfaLevel());
            return this;
        }

        /** The document UUID (default: derived from scans and facts). */
        public Builder documentId(UUID id) {
            spec = new CertifiedCopySpec(spec.template(), spec.allowFlattenTransparency(), spec.clock(),
                    Optional.of(id), spec.portalUrl(), spec.tempDir(), spec.pdfaLevel());
            return this;
        }

        /** Portal URL added to the QR payload (default: the facts' portal URL). */
        public Builder portalUrl(String url) {
            spec = new CertifiedCopySpec(spec.template(), spec.allowFlattenTransparency(), spec.clock(),
                    spec.documentId(), Optional.of(url), spec.tempDir(), spec.pdfaLevel());
            return this;
        }

        /** Directory for temporary files. */
        public Builder tempDir(Path dir) {
            spec = new CertifiedCopySpec(spec.template(), spec.allowFlattenTransparency(), spec.clock(),
                    spec.documentId(), spec.portalUrl(), Optional.of(dir), spec.pdfaLevel());
            return this;
        }

        public Builder pdfaLevel(PdfALevel level) {
            spec = new CertifiedCopySpec(spec.template(), spec.allowFlattenTransparency(), spec.clock(),
                    spec.documentId(), spec.portalUrl(), spec.tempDir(), level);
            return this;
        }

        /**
         * The fee schedule the facts' fee is checked against (default Circular 226/2016): facts stating another
         * fee, or a book of another year or register type, are refused ({@link vn.bansao.core.facts.FactsConsistency}).
         */
        public Builder feeSchedule(vn.bansao.core.fee.FeeSchedule schedule) {
            this.fees = Objects.requireNonNull(schedule, "feeSchedule");
            return this;
        }

        /** Replaces all options at once. */
        public Builder spec(CertifiedCopySpec spec) {
            this.spec = Objects.requireNonNull(spec, "spec");
            return this;
        }

        /** The options so far. */
        public CertifiedCopySpec spec() {
            return spec;
        }

        /** Validates facts, template and every input (headers, limits, transparency); writes nothing. */
        public CertifiedCopy build() {
            Objects.requireNonNull(facts, "facts / dữ kiện chứng thực");
            vn.bansao.core.facts.FactsConsistency.check(facts, fees);
            if (scans.isEmpty()) {
                throw new ScanRejectedException("(không có tệp / no input)", 0, ScanRejectedException.Reason.NO_PAGES, LocalizedText.of(CoreText.NO_SCANS), null);
            }
            StatementTemplate template = spec.template().orElse(StatementTemplate.defaultFor(facts.kind()));
            CertificationPage.checkGlyphs(template.render(facts));
            List<PagePlan> plans = new ArrayList<>();
            for (ScanSource s : scans) {
                plans.addAll(ScanProber.plan(s, spec.allowFlattenTransparency()));
            }
            return new CertifiedCopy(spec, facts, template, List.copyOf(plans), fees);
        }

    }
}

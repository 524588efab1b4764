package vn.bansao.register;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import vn.bansao.core.facts.CertificationKind;
import vn.bansao.core.fee.FeeSchedule;

/**
 * Everything a register can be configured with; immutable. The common case needs only a location.
 *
 * <pre>{@code
 * RegisterConfig config = RegisterConfig.builder("jdbc:postgresql://db/register")
 *         .credentials("register", secret)
 *         .agencyCode("000.00.00.H56")
 *         .registerType(RegisterTypes.ELECTRONIC_COPIES)
 *         .build();
 * try (CertificationRegister register = CertificationRegister.open(config)) { ... }
 * }</pre>
 *
 * @param location     an H2 file path (default; {@code register} or {@code register.mv.db}) or a {@code jdbc:} URL
 * @param dataSource   a caller's data source instead of {@code location}
 * @param user         database user (H2 default: {@code sa})
 * @param password     database password (H2 default: empty)
 * @param agencyCode   default certifying body for drafts that name none
 * @param registerType default register type symbol ({@code SCT/BS})
 * @param book         default book number (1)
 * @param feeSchedule  fee when a draft states none (Circular 226/2016)
 * @param clock        the clock for dates and timestamps
 * @param zone         the zone that decides a certification's date and year (Asia/Ho_Chi_Minh)
 * @param origin       the log origin for a new register (default {@code bansao.vn/register[/agency]})
 * @param masterRegisterType register type symbol for copies issued from the master register (cấp bản sao từ sổ
 *                     gốc), their own series and book; default {@link RegisterTypes#MASTER_REGISTER_COPIES}
 *                     ({@code SSG/BS}, configurable: no official symbol was found)
 * @param agencyName   the body's name, printed on the register book export ("" = the code only)
 * @param importReason present only in import mode (migrating a paper register): entries may then carry a past
 *                     date, each one is logged and marked with this reason; empty = the register assigns today's
 *                     date and refuses any other
 * @param pool         the connection pool the register creates for {@code location} (ignored with a
 *                     {@code dataSource}, whose pool is the caller's); {@link PoolSettings#defaults()}
 */
public record RegisterConfig(String location, Optional<DataSource> dataSource, String user, String password,
                             String agencyCode, String registerType, int book, FeeSchedule feeSchedule, Clock clock,
                             ZoneId zone, String origin, String masterRegisterType, String agencyName,
                             Optional<String> importReason, PoolSettings pool) {

    /** Vietnam's time zone, which decides the year a number belongs to. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public RegisterConfig {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(feeSchedule, "feeSchedule");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
        if (book < 1) {
            throw new IllegalArgumentException("book must be at least 1");
        }
        Objects.requireNonNull(masterRegisterType, "masterRegisterType");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(pool, "pool");
        importReason = importReason == null ? Optional.empty() : importReason.map(String::strip).filter(r -> !r.isEmpty());
        if (masterRegisterType.equals(registerType)) {
            throw new IllegalArgumentException("Sổ cấp bản sao từ sổ gốc phải khác sổ chứng thực / the master-register"
                    + " copies need their own register type, not " + registerType);
        }
    }

    /** The register type a draft of {@code kind} is numbered in when it names none. */
    public String registerTypeFor(CertificationKind kind) {
        return kind == CertificationKind.FROM_MASTER_REGISTER ? masterRegisterType : registerType;
    }

    /** Whether past dates are accepted (migration of a paper register, see {@link Builder#importMode}). */
    public boolean importMode() {
        return importReason.isPresent();
    }

    /** Never prints the password (configurations end up in logs). */
    @Override
    public String toString() {
        return "RegisterConfig[location=" + location.replaceAll("(?i)(password=)[^;&]*", "$1***") + ", user=" + user
                + ", agencyCode=" + agencyCode + ", registerType=" + registerType + ", book=" + book + ", origin="
                + origin + ", zone=" + zone + ", masterRegisterType=" + masterRegisterType
                + (importReason.isPresent() ? ", importMode" : "")
                + (dataSource.isPresent() ? ", dataSource" : ", pool=" + pool) + "]";
    }

    /** The JDBC URL this configuration opens ({@code jdbc:h2:file:…;AUTO_SERVER=TRUE} for a path). */
    public String jdbcUrl() {
        return location.startsWith("jdbc:") ? location
                : vn.bansao.register.internal.jdbc.JdbcRegisterStore.h2Url(Path.of(location));
    }

    /** A builder for a file path or JDBC URL. */
    public static Builder builder(String location) {
        return new Builder(location, null);
    }

    /**
     * A builder over the caller's data source (H2 or PostgreSQL), e.g. an application server's or Spring
     * Boot's pool: the register migrates its {@code bansao_*} tables in that database's current schema and
     * never closes the data source.
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder("datasource", Objects.requireNonNull(dataSource));
    }

    /** Builds a {@link RegisterConfig}. */
    public static final class Builder {
        private final String location;
        private final DataSource dataSource;
        private String user;
        private String password;
        private String agencyCode = "";
        private String registerType = RegisterTypes.COPIES;
        private int book = 1;
        private FeeSchedule feeSchedule = FeeSchedule.CIRCULAR_226_2016;
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = VIETNAM;
        private String origin;
        private String masterRegisterType = RegisterTypes.MASTER_REGISTER_COPIES;
        private String agencyName = "";
        private String importReason;
        private PoolSettings pool = PoolSettings.defaults();

        private Builder(String location, DataSource dataSource) {
            this.location = Objects.requireNonNull(location, "location");
            this.dataSource = dataSource;
        }

        public Builder credentials(String user, String password) { this.user = user; this.password = password; return this; }
        public Builder agencyCode(String v) { agencyCode = EntryDraft.nfc(v); return this; }
        public Builder registerType(String v) { registerType = EntryDraft.nfc(v); return this; }
        public Builder book(int v) { book = v; return this; }
        public Builder feeSchedule(FeeSchedule v) { feeSchedule = v; return this; }
        public Builder clock(Clock v) { clock = v; return this; }
        public Builder zone(ZoneId v) { zone = v; return this; }
        /** The origin line written into checkpoints (fixed when the register is created). */
        public Builder origin(String v) { origin = v; return this; }
        /** Register type for copies from the master register (default {@code SSG/BS}). */
        public Builder masterRegisterType(String v) { masterRegisterType = EntryDraft.nfc(v); return this; }
        /** The body's name for the register book export. */
        public Builder agencyName(String v) { agencyName = EntryDraft.nfc(v); return this; }
        /** The connection pool opened for a path or URL (ignored with a caller's data source). */
        public Builder pool(PoolSettings v) { pool = Objects.requireNonNull(v, "pool"); return this; }
        /**
         * Import mode, for migrating a paper register: entries may carry a past date (never a future one, never
         * before the series' last date); each imported entry is logged (WARN) and its notes say it was imported
         * and why. Never on at a counter: the certification date of a new copy is always today.
         */
        public Builder importMode(String reason) {
            String r = EntryDraft.nfc(reason);
            if (r.isEmpty()) {
                throw new IllegalArgumentException("Chế độ nhập sổ giấy cần lý do / import mode needs a reason");
            }
            importReason = r;
            return this;
        }

        public RegisterConfig build() {
            boolean h2 = dataSource == null && !location.startsWith("jdbc:") || location.startsWith("jdbc:h2:");
            String u = user != null ? user : h2 ? "sa" : null;
            String p = password != null ? password : h2 ? "" : null;
            String o = origin != null ? origin : "bansao.vn/register" + (agencyCode.isEmpty() ? "" : "/" + agencyCode);
            return new RegisterConfig(location, Optional.ofNullable(dataSource), u, p, agencyCode, registerType, book,
                    feeSchedule, clock, zone, o, masterRegisterType, agencyName, Optional.ofNullable(importReason), pool);
        }
    }
}

package vn.bansao.metrics.definition;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.HashMap;

/**
 * The canonical columns of a dossier record, with the national portal's names accepted as aliases.
 * Every field becomes one {@code int} slot of a parsed row (see {@link Kind} for the encoding), which is
 * what both the in-memory engine and the SQL back-end read.
 *
 * <pre>{@code
 * Field.byColumnName("MaTTHC")   // Optional[PROCEDURE_CODE]
 * }</pre>
 */
public enum Field {
    DOSSIER_CODE("dossier_code", Kind.TEXT, true, "MaHoSo"),
    PROCEDURE_CODE("procedure_code", Kind.PROCEDURE, false, "MaTTHC"),
    AGENCY_CODE("agency_code", Kind.UNIT, true, "MaDonVi", "MaCoQuan"),
    UNIT_LEVEL("unit_level", Kind.LEVEL, false, "CapDonVi"),
    UNIT_GROUP("unit_group", Kind.GROUP, false, "NhomDonVi"),
    RECEIVED_ON("received_on", Kind.DATE, true, "NgayTiepNhan"),
    DUE_ON("due_on", Kind.DATE, false, "NgayHenTra"),
    FINISHED_ON("finished_on", Kind.DATE, false, "NgayKetThucXuLy", "NgayTra"),
    CHANNEL("channel", Kind.CHANNEL, false, "KenhThucHien"),
    FULL_PROCESS_ELIGIBLE("full_process_eligible", Kind.FLAG, false, "DVCTT_ToanTrinh"),
    HAS_FEE("has_fee", Kind.FLAG, false, "CoPhi"),
    PAID_ONLINE("paid_online", Kind.PAYMENT, false, "DuocThanhToanTrucTuyen"),
    COMPONENTS_TOTAL("components_total", Kind.COUNT, false, "SoThanhPhan"),
    COMPONENTS_DIGITISED("components_digitised", Kind.COUNT, false, "SoThanhPhanDuocSoHoa"),
    RESULT_REQUIRED("result_required", Kind.FLAG, false, "CoKetQua"),
    RESULT_ELECTRONIC("result_electronic", Kind.FLAG, false, "KetQuaDienTu"),
    COPIES_REQUIRED("copies_required", Kind.COUNT, false, "SoBanSao"),
    COPIES_CERTIFIED_ELECTRONICALLY("copies_certified_electronically", Kind.COUNT, false, "SoBanSaoDienTu"),
    REUSED_DATA("reused_data", Kind.FLAG, false, "DuocTaiSuDung"),
    FROM_CITIZEN_STORE("from_citizen_store", Kind.FLAG, false, "DuocLayTuKhoDMQG"),
    POPULATION_DATA("population_data", Kind.FLAG, false, "DuLieuDanCu"),
    RATING("rating", Kind.RATING, false, "DanhGia"),
    COMPLAINTS("complaints", Kind.COUNT, false, "SoPhanAnh"),
    COMPLAINTS_ON_TIME("complaints_on_time", Kind.COUNT, false, "SoPhanAnhDungHan");

    /** How a field's text is encoded in its {@code int} slot. */
    public enum Kind {
        /** free text, checked non-empty when required, not stored */
        TEXT,
        /** interned unit index */
        UNIT,
        /** interned procedure index, -1 when empty */
        PROCEDURE,
        /** {@link vn.bansao.metrics.UnitLevel} ordinal, -1 when empty */
        LEVEL,
        /** interned group index, -1 when empty */
        GROUP,
        /** {@code yyyymmdd}, 0 when empty */
        DATE,
        /** 0 or 1; empty is 0 */
        FLAG,
        /** non-negative integer; empty is 0 */
        COUNT,
        /** 0 in person, 1 online, 2 post (portal: 1, 2, 3) */
        CHANNEL,
        /** 0 no, 1 national portal, 2 provincial gateway */
        PAYMENT,
        /** 0 empty, 1 satisfied, 2 unsatisfied */
        RATING
    }

    /** {@link Kind#CHANNEL} codes. */
    public static final int IN_PERSON = 0, ONLINE = 1, POST = 2;
    /** {@link Kind#RATING} codes. */
    public static final int NOT_RATED = 0, SATISFIED = 1, UNSATISFIED = 2;

    private static final Map<String, Field> BY_NAME = new HashMap<>();

    static {
        for (Field f : values()) {
            BY_NAME.put(normalise(f.column), f);
            for (String a : f.aliases) {
                BY_NAME.put(normalise(a), f);
            }
        }
    }

    private final String column;
    private final Kind kind;
    private final boolean required;
    private final List<String> aliases;

    Field(String column, Kind kind, boolean required, String... aliases) {
        this.column = column;
        this.kind = kind;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    /** The canonical column name, also the SQL column name. */
    public String column() {
        return column;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether a record without this column (or with it empty) is malformed. */
    public boolean required() {
        return required;
    }

    public List<String> aliases() {
        return aliases;
    }

    /** Resolves a header name (canonical or portal alias; case and surrounding blanks ignored). */
    public static Optional<Field> byColumnName(String name) {
        return Optional.ofNullable(BY_NAME.get(normalise(name)));
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}

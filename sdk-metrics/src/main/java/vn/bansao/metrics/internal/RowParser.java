package vn.bansao.metrics.internal;

import vn.bansao.common.LocalizedText;
import vn.bansao.metrics.UnitLevel;
import vn.bansao.metrics.definition.Field;

/**
 * Parses field bytes into the {@code int} slots of a row ({@link Field.Kind} gives the encoding), without
 * allocating: every reader (the CSV scanner directly, JSON Lines and JDBC through their text) goes through
 * here, so all inputs obey the same rules and give the same counts. One instance per thread.
 */
public final class RowParser {

    private static final byte[] ONLINE = bytes("online");
    private static final byte[] IN_PERSON = bytes("in_person");
    private static final byte[] POST = bytes("post");
    private static final byte[] SATISFIED = bytes("satisfied");
    private static final byte[] UNSATISFIED = bytes("unsatisfied");
    private static final byte[] EMPTY = bytes("empty");
    private static final byte[] PROVINCE = bytes("province");
    private static final byte[] DISTRICT = bytes("district");
    private static final byte[] COMMUNE = bytes("commune");

    // the reasons, made once (a bad row only adds its column to one)
    private static final LocalizedText BLANK = MetricsText.EMPTY.of();
    private static final LocalizedText NUMBER_TOO_LARGE = MetricsText.NUMBER_TOO_LARGE.of();
    private static final LocalizedText NOT_A_NON_NEGATIVE_INTEGER = MetricsText.NOT_A_NON_NEGATIVE_INTEGER.of();
    private static final LocalizedText NOT_0_TO_1 = MetricsText.NOT_IN_RANGE.of(1);
    private static final LocalizedText NOT_0_TO_2 = MetricsText.NOT_IN_RANGE.of(2);
    private static final LocalizedText DATE_NOT_ISO = MetricsText.DATE_NOT_ISO.of();
    private static final LocalizedText NO_SUCH_DATE = MetricsText.NO_SUCH_DATE.of();
    private static final LocalizedText NOT_A_CHANNEL = MetricsText.NOT_ONE_OF.of("in_person|online|post|1|2|3");
    private static final LocalizedText NOT_A_RATING = MetricsText.NOT_ONE_OF.of("satisfied|unsatisfied|empty");
    private static final LocalizedText NOT_A_LEVEL = MetricsText.NOT_ONE_OF.of("province|district|commune");
    private static final LocalizedText DIGITISED_EXCEEDS_TOTAL = MetricsText.DIGITISED_EXCEEDS_TOTAL.of();
    private static final LocalizedText E_COPIES_EXCEED_COPIES = MetricsText.E_COPIES_EXCEED_COPIES.of();
    private static final LocalizedText ON_TIME_EXCEEDS_COMPLAINTS = MetricsText.ON_TIME_EXCEEDS_COMPLAINTS.of();
    private static final LocalizedText FINISHED_BEFORE_RECEIVED = MetricsText.FINISHED_BEFORE_RECEIVED.of();

    private final ByteInterner units;
    private final ByteInterner procedures;
    private final ByteInterner groups;
    /** Why the last {@link #parse} or {@link #check} returned false, in both languages. */
    public LocalizedText reason;

    public RowParser(Dictionary units, Dictionary procedures, Dictionary groups) {
        this.units = new ByteInterner(units);
        this.procedures = new ByteInterner(procedures);
        this.groups = new ByteInterner(groups);
    }

    /** Default slot values for a row before its fields are parsed (absent columns keep them). */
    public static void reset(int[] row) {
        java.util.Arrays.fill(row, 0);
        row[Field.PROCEDURE_CODE.ordinal()] = -1;
        row[Field.UNIT_LEVEL.ordinal()] = -1;
        row[Field.UNIT_GROUP.ordinal()] = -1;
        row[Field.AGENCY_CODE.ordinal()] = -1;
    }

    public boolean parse(Field f, byte[] b, int s, int e, int[] row) {
        // surrounding blanks are tolerated, as spreadsheets leave them
        while (s < e && b[s] == ' ') {
            s++;
        }
        while (e > s && b[e - 1] == ' ') {
            e--;
        }
        int slot = f.ordinal();
        if (s == e) {
            if (f.required()) {
                return fail(f, BLANK);
            }
            return true; // keeps the default
        }
        switch (f.kind()) {
            case TEXT:
                return true;
            case UNIT:
                row[slot] = units.intern(b, s, e);
                return true;
            case PROCEDURE:
                row[slot] = procedures.intern(b, s, e);
                return true;
            case GROUP:
                row[slot] = groups.intern(b, s, e);
                return true;
            case LEVEL:
                return level(f, b, s, e, row);
            case DATE:
                return date(f, b, s, e, row);
            case FLAG:
                return small(f, b, s, e, row, 1);
            case PAYMENT:
                return small(f, b, s, e, row, 2);
            case COUNT:
                return count(f, b, s, e, row);
            case CHANNEL:
                return channel(f, b, s, e, row);
            case RATING:
                return rating(f, b, s, e, row);
            default:
                throw new IllegalStateException(f.toString());
        }
    }

    /** Cross-field rules, checked once all fields are in. */
    public boolean check(int[] row) {
        if (row[Field.COMPONENTS_DIGITISED.ordinal()] > row[Field.COMPONENTS_TOTAL.ordinal()]) {
            reason = DIGITISED_EXCEEDS_TOTAL;
            return false;
        }
        if (row[Field.COPIES_CERTIFIED_ELECTRONICALLY.ordinal()] > row[Field.COPIES_REQUIRED.ordinal()]) {
            reason = E_COPIES_EXCEED_COPIES;
            return false;
        }
        if (row[Field.COMPLAINTS_ON_TIME.ordinal()] > row[Field.COMPLAINTS.ordinal()]) {
            reason = ON_TIME_EXCEEDS_COMPLAINTS;
            return false;
        }
        int finished = row[Field.FINISHED_ON.ordinal()];
        if (finished != 0 && finished < row[Field.RECEIVED_ON.ordinal()]) {
            reason = FINISHED_BEFORE_RECEIVED;
            return false;
        }
        return true;
    }

    private boolean fail(Field f, LocalizedText why) {
        reason = MetricsText.field(f.column(), why);
        return false;
    }

    private boolean small(Field f, byte[] b, int s, int e, int[] row, int max) {
        if (e - s == 1) {
            int d = b[s] - '0';
            if (d >= 0 && d <= max) {
                row[f.ordinal()] = d;
                return true;
            }
        }
        return fail(f, max == 1 ? NOT_0_TO_1 : NOT_0_TO_2);
    }

    private boolean count(Field f, byte[] b, int s, int e, int[] row) {
        if (e - s > 9) {
            return fail(f, NUMBER_TOO_LARGE);
        }
        int v = 0;
        for (int i = s; i < e; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return fail(f, NOT_A_NON_NEGATIVE_INTEGER);
            }
            v = v * 10 + d;
        }
        row[f.ordinal()] = v;
        return true;
    }

    /** ISO {@code yyyy-mm-dd}, optionally followed by a time ({@code T…} or a blank), checked to be a real date. */
    private boolean date(Field f, byte[] b, int s, int e, int[] row) {
        if (e - s < 10 || (e - s > 10 && b[s + 10] != 'T' && b[s + 10] != ' ') || b[s + 4] != '-' || b[s + 7] != '-') {
            return fail(f, DATE_NOT_ISO);
        }
        int y = digits(b, s, 4), m = digits(b, s + 5, 2), d = digits(b, s + 8, 2);
        if (y < 1900 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) {
            return fail(f, NO_SUCH_DATE);
        }
        row[f.ordinal()] = y * 10000 + m * 100 + d;
        return true;
    }

    private static int digits(byte[] b, int s, int n) {
        int v = 0;
        for (int i = s; i < s + n; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static int daysIn(int y, int m) {
        return switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private boolean channel(Field f, byte[] b, int s, int e, int[] row) {
        int v;
        if (e - s == 1 && b[s] >= '1' && b[s] <= '3') {
            v = b[s] - '1'; // KenhThucHien: 1 in person, 2 online, 3 post
        } else if (equal(b, s, e, ONLINE)) {
            v = Field.ONLINE;
        } else if (equal(b, s, e, IN_PERSON)) {
            v = Field.IN_PERSON;
        } else if (equal(b, s, e, POST)) {
            v = Field.POST;
        } else {
            return fail(f, NOT_A_CHANNEL);
        }
        row[f.ordinal()] = v;
        return true;
    }

    private boolean rating(Field f, byte[] b, int s, int e, int[] row) {
        if (equal(b, s, e, SATISFIED)) {
            row[f.ordinal()] = Field.SATISFIED;
        } else if (equal(b, s, e, UNSATISFIED)) {
            row[f.ordinal()] = Field.UNSATISFIED;
        } else if (!equal(b, s, e, EMPTY)) {
            return fail(f, NOT_A_RATING);
        }
        return true;
    }

    private boolean level(Field f, byte[] b, int s, int e, int[] row) {
        UnitLevel l;
        if (equal(b, s, e, COMMUNE)) {
            l = UnitLevel.COMMUNE;
        } else if (equal(b, s, e, DISTRICT)) {
            l = UnitLevel.DISTRICT;
        } else if (equal(b, s, e, PROVINCE)) {
            l = UnitLevel.PROVINCE;
        } else {
            l = UnitLevel.parse(new String(b, s, e - s, java.nio.charset.StandardCharsets.UTF_8)).orElse(null);
            if (l == null) {
                return fail(f, NOT_A_LEVEL);
            }
        }
        row[f.ordinal()] = l.ordinal();
        return true;
    }

    private static boolean equal(byte[] b, int s, int e, byte[] word) {
        if (e - s != word.length) {
            return false;
        }
        for (int i = 0; i < word.length; i++) {
            if (b[s + i] != word[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}

package vn.bansao.metrics.definition;

/** How field codes are written in the canonical SQL table (text for enumerations, integers otherwise). */
final class SqlLiterals {

    private SqlLiterals() {
    }

    static String literal(Field field, int code) {
        return switch (field.kind()) {
            case CHANNEL -> switch (code) {
                case Field.IN_PERSON -> "'in_person'";
                case Field.ONLINE -> "'online'";
                default -> "'post'";
            };
            case RATING -> switch (code) {
                case Field.SATISFIED -> "'satisfied'";
                case Field.UNSATISFIED -> "'unsatisfied'";
                default -> "''";
            };
            default -> Integer.toString(code);
        };
    }
}

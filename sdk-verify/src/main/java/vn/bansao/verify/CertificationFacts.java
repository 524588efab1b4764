package vn.bansao.verify;

import java.util.Map;
import java.util.Optional;

/**
 * The certification facts the package metadata states (bansao XMP schema): number, book, year, date,
 * certifying body, officer. Read from the revision the officer signed, so later edits cannot change them.
 *
 * <pre>{@code
 * report.document().facts().ifPresent(f -> System.out.println(f.number() + "/" + f.year()));
 * }</pre>
 *
 * @param kind   {@code FROM_ORIGINAL} (officer + authority signatures) or {@code FROM_MASTER_REGISTER}
 *               (the issuing body's signature only)
 * @param number the certification number as written on the copy
 * @param year   the register year
 * @param book   the book number (quyển số), when stated
 * @param all    every fact of the metadata, by property name
 */
public record CertificationFacts(String kind, String number, int year, Optional<String> book, Map<String, String> all) {
    /** True for a copy issued from the master register (one signature, the issuing body's). */
    public boolean fromMasterRegister() {
        return "FROM_MASTER_REGISTER".equals(kind);
    }

    public CertificationFacts {
        all = Map.copyOf(all);
    }
}

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
 * @param number the certification number as written on the copy
 * @param year   the register year
 * @param book   the book number (quyển số), when stated
 * @param all    every fact of the metadata, by property name
 */
public record CertificationFacts(String number, int year, Optional<String> book, Map<String, String> all) {
    public CertificationFacts {
        all = Map.copyOf(all);
    }
}

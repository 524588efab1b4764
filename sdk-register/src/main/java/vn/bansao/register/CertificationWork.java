package vn.bansao.register;

/**
 * The part of a certification done after its number is allocated (build the statement page with the
 * number, sign): returns the hex SHA-256 of the signed copy. If it throws, the number is voided.
 *
 * <pre>{@code
 * RegisterEntry e = register.certify(draft, number -> sha256Hex(buildAndSign(number.format())));
 * }</pre>
 */
@FunctionalInterface
public interface CertificationWork {

    /** Produces the signed copy for {@code number}; returns its hex SHA-256. */
    String run(CertificationNumber number) throws Exception;
}

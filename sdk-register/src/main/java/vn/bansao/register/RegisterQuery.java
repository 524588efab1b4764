package vn.bansao.register;

import java.util.Optional;
import vn.bansao.transparency.lookup.EntryStatus;

/**
 * Which entries {@link CertificationRegister#list} returns.
 *
 * <pre>{@code
 * register.list(RegisterQuery.year(2026).withStatus(EntryStatus.VOID));
 * }</pre>
 *
 * @param year         the year (required: registers are per year)
 * @param agencyCode   one body, or "" for all
 * @param registerType one register type, or "" for all
 * @param status       one status, or empty for all
 */
public record RegisterQuery(int year, String agencyCode, String registerType, Optional<EntryStatus> status) {

    public RegisterQuery {
        agencyCode = agencyCode == null ? "" : agencyCode;
        registerType = registerType == null ? "" : registerType;
        status = status == null ? Optional.empty() : status;
    }

    /** Every entry of {@code year}. */
    public static RegisterQuery year(int year) {
        return new RegisterQuery(year, "", "", Optional.empty());
    }

    public RegisterQuery withAgency(String code) {
        return new RegisterQuery(year, code, registerType, status);
    }

    public RegisterQuery withRegisterType(String type) {
        return new RegisterQuery(year, agencyCode, type, status);
    }

    public RegisterQuery withStatus(EntryStatus s) {
        return new RegisterQuery(year, agencyCode, registerType, Optional.ofNullable(s));
    }
}

package vn.bansao.register.service;

import java.util.Objects;

/**
 * Why the register service refused a request: a stable code and the same message in Vietnamese and English, what a
 * host (the portal's {@code ApiErrors}, or any HTTP server) renders as
 * {@code {"error":{"code":..,"message_vi":..,"message_en":..}}}.
 *
 * <pre>{@code
 * ServiceAnswer a = service.entries("000.00.12.H29", "SCTĐT/BS", 2026, 999, OptionalLong.empty());
 * a.error().ifPresent(e -> log.info("{} {}", a.status(), e.code()));   // 404 ENTRY_NOT_FOUND
 * }</pre>
 *
 * @param code      stable machine-readable code ({@code BAD_PARAMETER}, {@code SIZE_NOT_SIGNED},
 *                  {@code ENTRY_NOT_FOUND}, {@code REGISTER_NOT_INTACT}, {@code REGISTER_UNAVAILABLE})
 * @param messageVi the message in Vietnamese
 * @param messageEn the message in English
 */
public record ServiceError(String code, String messageVi, String messageEn) {

    public ServiceError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageVi, "messageVi");
        Objects.requireNonNull(messageEn, "messageEn");
    }
}

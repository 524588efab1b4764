package vn.bansao.cli;

import vn.bansao.verify.CopyVerifier;

/** Connects {@code bansao verify --register} to a certification register. */
final class RegisterOption {
    private RegisterOption() {
    }

    static void configure(CopyVerifier.Builder builder, String register) {
        throw new IllegalArgumentException("--register: chưa hỗ trợ / not supported yet: " + register);
    }
}

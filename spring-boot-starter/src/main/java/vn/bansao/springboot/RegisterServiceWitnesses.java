package vn.bansao.springboot;

import vn.bansao.register.service.RegisterService;

/** The witnesses of {@code bansao.register.service.witnesses[i]} given to the service's builder. */
final class RegisterServiceWitnesses {

    private RegisterServiceWitnesses() {
    }

    static void configure(RegisterService.Builder builder, BansaoProperties.Service service) {
        if (!service.getWitnesses().isEmpty()) {
            throw new IllegalStateException("bansao.register.service.witnesses: witnesses are not supported by this build");
        }
    }
}

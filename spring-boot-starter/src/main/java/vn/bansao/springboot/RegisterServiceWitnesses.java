package vn.bansao.springboot;

import java.util.List;
import vn.bansao.register.service.RegisterService;
import vn.bansao.transparency.witness.CosignatureVerifier;
import vn.bansao.transparency.witness.WitnessClient;

/** The witnesses of {@code bansao.register.service.witnesses[i]} given to the service's builder. */
final class RegisterServiceWitnesses {

    /** A cosignature answer is a few lines: more is not a witness speaking. */
    private static final int MAX_ANSWER_BYTES = 16 * 1024;

    private RegisterServiceWitnesses() {
    }

    static void configure(RegisterService.Builder builder, BansaoProperties.Service service) {
        List<BansaoProperties.Witness> witnesses = service.getWitnesses();
        for (int i = 0; i < witnesses.size(); i++) {
            BansaoProperties.Witness w = witnesses.get(i);
            String at = "bansao.register.service.witnesses[" + i + "]";
            if (w.getUrl() == null || w.getKey() == null || w.getKey().isBlank()) {
                throw new IllegalStateException(at + ": give both .url and .key (the witness's C2SP verifier key)");
            }
            CosignatureVerifier key;
            try {
                key = CosignatureVerifier.parse(w.getKey().strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(at + ".key is not a witness verifier key: " + e.getMessage(), e);
            }
            builder.witness(WitnessClient.of(w.getUrl(), service.getWitnessTimeout(), MAX_ANSWER_BYTES), key);
        }
    }
}

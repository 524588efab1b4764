package vn.bansao.register.service.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.bansao.register.CertificationRegister;
import vn.bansao.transparency.checkpoint.Checkpoint;
import vn.bansao.transparency.checkpoint.SignedCheckpoint;
import vn.bansao.transparency.witness.AddCheckpointResult;
import vn.bansao.transparency.witness.CosignatureVerifier;
import vn.bansao.transparency.witness.WitnessClient;

/**
 * Pushes each new checkpoint to the configured witnesses (C2SP tlog-witness {@code add-checkpoint}) with a
 * consistency proof from the size each witness last cosigned (0 at first; after a 409 the witness's own size, once),
 * and keeps only cosignature lines that verify with the witness's configured key on that checkpoint. A witness that
 * is down, slow, refuses or answers garbage is skipped with a warning: the service still serves the register's note.
 * Called under the publisher's lock (one push at a time).
 *
 * <pre>{@code
 * Witnesses w = new WitnessPush(register, List.of(new WitnessPush.Link(client, CosignatureVerifier.parse(vkey))));
 * }</pre>
 */
public final class WitnessPush implements Witnesses {

    private static final Logger LOG = LoggerFactory.getLogger(WitnessPush.class);

    /** One witness: how to reach it and the key its cosignatures must verify with. */
    public record Link(WitnessClient client, CosignatureVerifier key) {
        public Link {
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(key, "key");
        }
    }

    private final CertificationRegister register;
    private final List<Link> links;
    /** The size each witness is believed to hold (what it last cosigned, or told us in a 409). */
    private final Map<Link, Long> sizes = new HashMap<>();

    public WitnessPush(CertificationRegister register, List<Link> links) {
        this.register = Objects.requireNonNull(register, "register");
        this.links = List.copyOf(links);
    }

    @Override
    public synchronized Cosigned cosign(SignedCheckpoint signed) {
        StringBuilder lines = new StringBuilder();
        int obtained = 0;
        for (Link link : links) {
            try {
                Optional<String> line = push(link, signed);
                if (line.isPresent()) {
                    lines.append(line.get());
                    obtained++;
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("register service: witness {} ({}) did not cosign the checkpoint of size {}: {}",
                        link.key().name(), link.client().base(), signed.checkpoint().size(), e.getMessage());
            }
        }
        return new Cosigned(lines.toString(), obtained, links.size());
    }

    private Optional<String> push(Link link, SignedCheckpoint signed) throws IOException {
        Checkpoint cp = signed.checkpoint();
        long old = sizes.getOrDefault(link, 0L);
        for (int attempt = 0; attempt < 2; attempt++) {
            if (old > cp.size()) {
                LOG.error("register service: witness {} holds a checkpoint of size {}, beyond this register's {}:"
                        + " the register lost rows, or another log signs under its origin", link.key().name(), old, cp.size());
                return Optional.empty();
            }
            List<byte[]> proof = old == 0 || old == cp.size() ? List.of() : register.consistencyProof(old, cp.size()).path();
            AddCheckpointResult result = link.client().addCheckpoint(old, proof, signed.note());
            if (result instanceof AddCheckpointResult.Cosigned c) {
                String verified = verifiedLines(link, signed, c.signatureLines());
                if (verified.isEmpty()) {
                    LOG.warn("register service: witness {} answered cosignatures that do not verify with its key",
                            link.key().name());
                    return Optional.empty();
                }
                sizes.put(link, cp.size());
                return Optional.of(verified);
            }
            if (result instanceof AddCheckpointResult.Conflict c) {
                old = c.witnessSize(); // the witness says what it holds: prove from there, once
                continue;
            }
            if (result instanceof AddCheckpointResult.Inconsistent i) {
                LOG.error("register service: witness {} finds the checkpoint of size {} inconsistent with what it"
                        + " cosigned before: {}", link.key().name(), cp.size(), i.reason());
                return Optional.empty();
            }
            AddCheckpointResult.Refused r = (AddCheckpointResult.Refused) result;
            LOG.warn("register service: witness {} refused the checkpoint of size {} ({}): {}", link.key().name(),
                    cp.size(), r.status(), r.reason());
            return Optional.empty();
        }
        LOG.warn("register service: witness {} changed its size twice while being asked; skipped", link.key().name());
        return Optional.empty();
    }

    /** The lines of {@code answered} that are this witness's valid cosignature on the checkpoint. */
    private static String verifiedLines(Link link, SignedCheckpoint signed, String answered) {
        StringBuilder out = new StringBuilder();
        for (String line : answered.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String candidate = line + "\n";
            if (link.key().verify(signed.note() + candidate, signed.checkpoint()).isPresent()) {
                out.append(candidate);
            }
        }
        return out.toString();
    }
}

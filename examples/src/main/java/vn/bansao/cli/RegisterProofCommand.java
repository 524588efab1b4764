package vn.bansao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.bansao.register.CertificationRegister;
import vn.bansao.transparency.checkpoint.InclusionProof;
import vn.bansao.register.RegisterEntry;

/** {@code bansao register proof}: bằng chứng một số nằm trong sổ / inclusion proof of one number. */
@Command(name = "proof", mixinStandardHelpOptions = true,
        description = "In bằng chứng Merkle rằng mục sổ nằm trong sổ (theo điểm kiểm đã ký mới nhất) / print the"
                + " Merkle inclusion proof of an entry (under the newest signed checkpoint)")
final class RegisterProofCommand implements Callable<Integer> {

    @CommandLine.Mixin
    RegisterDbOptions db;

    @Option(names = "--year", required = true, description = "Năm / year")
    int year;

    @Option(names = "--number", required = true, description = "Số thứ tự / sequence number")
    long number;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        HexFormat hex = HexFormat.of();
        try (CertificationRegister register = db.open()) {
            RegisterEntry e = register.find(year, number).orElseThrow(() -> new IllegalArgumentException(
                    "Không có số " + number + " năm " + year + " trong sổ (dùng --agency/--type nếu sổ có nhiều cơ quan)"
                            + " / number " + number + " of " + year + " not found (use --agency/--type when the register"
                            + " holds several bodies)"));
            InclusionProof p = register.inclusionProof(e.number()).orElseThrow();
            ObjectNode o = RegisterEntryJson.toJson(e);
            o.put("proofLeafIndex", p.leafIndex());
            o.put("treeSize", p.treeSize());
            o.put("leafJson", p.leafJson());
            o.put("proofLeafHash", hex.formatHex(p.leafHash()));
            ArrayNode path = o.putArray("path");
            p.path().forEach(h -> path.add(hex.formatHex(h)));
            o.put("rootHash", hex.formatHex(p.impliedRoot()));
            if (p.checkpoint().isPresent()) {
                o.put("checkpoint", p.checkpoint().get().note());
            } else {
                o.putNull("checkpoint");
            }
            // the register refuses to hand out a proof its store contradicts (edited row, inconsistent nodes)
            spec.commandLine().getOut().println(RegisterEntryJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}

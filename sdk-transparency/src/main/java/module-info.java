/**
 * Merkle proofs (RFC 6962/9162), signed notes and checkpoints (C2SP), and the register lookup SPI: the
 * JDBC-free part of the register that verifiers and registers share.
 */
module vn.bansao.transparency {
    requires java.net.http;
    requires jdk.httpserver;

    exports vn.bansao.transparency.merkle;
    exports vn.bansao.transparency.note;
    exports vn.bansao.transparency.checkpoint;
    exports vn.bansao.transparency.lookup;
    exports vn.bansao.transparency.witness;
}

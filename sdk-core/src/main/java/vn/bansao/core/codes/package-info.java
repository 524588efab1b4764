/**
 * The identifiers Vietnamese portals exchange: agency codes (QCVN 102:2016 and Decision 20/2020/QĐ-TTg),
 * dossier codes (Circular 01/2018/TT-VPCP Art. 19) and administrative procedure codes.
 *
 * <p>Each code is an immutable record with a strict {@code parse} that throws {@link vn.bansao.core.codes.InvalidCodeException}
 * (message in Vietnamese and English) and a lenient {@code tryParse} that returns an {@link java.util.Optional}.
 */
package vn.bansao.core.codes;

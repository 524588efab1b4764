/**
 * The certification register (sổ chứng thực): gapless yearly numbering and an append-only,
 * tamper-evident log of certifications, on an embedded H2 file or PostgreSQL.
 *
 * <p>Start with {@link vn.bansao.register.CertificationRegister}:
 * <pre>{@code
 * try (CertificationRegister register = CertificationRegister.open("register.mv.db")) {
 *     RegisterEntry e = register.certify(EntryDraft.builder().agencyCode("000.00.00.H56")
 *             .requester("Nguyễn Văn An", "CCCD:001200012345").pages(2).build());
 *     System.out.println(e.number().format());   // "1, Quyển số 01/2026-SCT/BS"
 * }
 * }</pre>
 */
package vn.bansao.register;

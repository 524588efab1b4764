package vn.bansao.register;

/**
 * The two procedures of Decree 45/2020/NĐ-CP Art. 10.
 *
 * <pre>{@code
 * EntryDraft.builder().copyKind(CopyKind.FROM_MASTER_REGISTER)...
 * }</pre>
 */
public enum CopyKind {
    /** Chứng thực bản sao điện tử từ bản chính. */
    FROM_ORIGINAL("Chứng thực từ bản chính"),
    /** Cấp bản sao điện tử từ sổ gốc. */
    FROM_MASTER_REGISTER("Cấp từ sổ gốc");

    private final String vietnamese;

    CopyKind(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    /** The label used in exports. */
    public String vietnamese() {
        return vietnamese;
    }
}

package vn.bansao.metrics.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A per-thread cache from the bytes of a field to its {@link Dictionary} index, so the hot loop interns
 * codes without allocating a String (open addressing, grown at half load).
 */
public final class ByteInterner {

    private final Dictionary dictionary;
    private byte[][] keys = new byte[64][];
    private int[] hashes = new int[64];
    private int[] ids = new int[64];
    private int size;

    public ByteInterner(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    public int intern(byte[] buf, int start, int end) {
        int h = 0x811c9dc5;
        for (int i = start; i < end; i++) {
            h = (h ^ buf[i]) * 0x01000193;
        }
        int mask = keys.length - 1;
        int slot = h & mask;
        int len = end - start;
        while (true) {
            byte[] k = keys[slot];
            if (k == null) {
                break;
            }
            if (hashes[slot] == h && k.length == len && same(k, buf, start, len)) {
                return ids[slot];
            }
            slot = (slot + 1) & mask;
        }
        byte[] key = Arrays.copyOfRange(buf, start, end);
        int id = dictionary.intern(new String(key, StandardCharsets.UTF_8));
        keys[slot] = key;
        hashes[slot] = h;
        ids[slot] = id;
        if (++size * 2 > keys.length) {
            grow();
        }
        return id;
    }

    /** A plain loop: codes are short, where the vectorised mismatch costs more to set up than it saves. */
    private static boolean same(byte[] k, byte[] buf, int start, int len) {
        for (int i = 0; i < len; i++) {
            if (k[i] != buf[start + i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        int[] oldHashes = hashes, oldIds = ids;
        keys = new byte[oldKeys.length * 2][];
        hashes = new int[keys.length];
        ids = new int[keys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = oldHashes[i] & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                hashes[slot] = oldHashes[i];
                ids[slot] = oldIds[i];
            }
        }
    }
}

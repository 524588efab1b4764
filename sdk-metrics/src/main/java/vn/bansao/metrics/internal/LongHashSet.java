package vn.bansao.metrics.internal;

import java.util.function.LongConsumer;

/** Open-addressing set of longs (distinct procedure keys); 0 is reserved as the empty marker, keys are stored +1. */
public final class LongHashSet {

    private long[] table = new long[1024];
    private int size;

    public boolean add(long key) {
        long k = key + 1;
        int mask = table.length - 1;
        int slot = (int) mix(k) & mask;
        while (table[slot] != 0) {
            if (table[slot] == k) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        table[slot] = k;
        if (++size * 2 > table.length) {
            grow();
        }
        return true;
    }

    public int size() {
        return size;
    }

    public void forEach(LongConsumer action) {
        for (long k : table) {
            if (k != 0) {
                action.accept(k - 1);
            }
        }
    }

    private static long mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long k : old) {
            if (k != 0) {
                int slot = (int) mix(k) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = k;
            }
        }
    }
}

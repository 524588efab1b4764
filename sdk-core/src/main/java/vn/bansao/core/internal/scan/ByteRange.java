package vn.bansao.core.internal.scan;

/**
 * A slice of an input file.
 *
 * @param offset first byte
 * @param length number of bytes
 */
public record ByteRange(long offset, long length) {
}

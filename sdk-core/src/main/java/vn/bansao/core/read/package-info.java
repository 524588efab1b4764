/** Where a certified copy is read back: facts from XMP, manifest, embedded image digests, signature fields. */
package vn.bansao.core.read;

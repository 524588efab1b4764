/**
 * Pure RFC 6962 / RFC 9162 Merkle tree functions over SHA-256 (leaf and node hashing, tree head,
 * inclusion and consistency proofs and their verification), modelled on transparency-dev/merkle.
 */
package vn.bansao.transparency.merkle;

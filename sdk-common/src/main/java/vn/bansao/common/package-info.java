/**
 * What every bansao module shares: {@link vn.bansao.common.BansaoException}, the one root of the SDK's exceptions
 * (stable {@code code()}, {@code message(Locale)} from Vietnamese and English resource bundles), and the one copy
 * of small helpers: {@link vn.bansao.common.Sha256}, {@link vn.bansao.common.AtomicFiles},
 * {@link vn.bansao.common.Pem}, {@link vn.bansao.common.IoReason}. Depends on the JDK only.
 */
package vn.bansao.common;

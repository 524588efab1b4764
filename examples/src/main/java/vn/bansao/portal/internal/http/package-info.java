/**
 * Transport of the portal on the JDK's {@code com.sun.net.httpserver}: routing by method and path
 * ({@link vn.bansao.portal.internal.http.Router}), request bodies bounded before they are buffered
 * ({@link vn.bansao.portal.internal.http.Request}), multipart forms, and the one place where failures become
 * typed JSON errors ({@link vn.bansao.portal.internal.http.ApiException}). Replace it by your framework's.
 */
package vn.bansao.portal.internal.http;

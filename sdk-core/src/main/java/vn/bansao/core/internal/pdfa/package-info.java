/**
 * Where the file becomes PDF/A-3: XMP metadata with the {@code bansao} schema (declared as a PDF/A extension
 * schema), the sRGB output intent, and the {@code manifest.json} associated file.
 */
package vn.bansao.core.internal.pdfa;

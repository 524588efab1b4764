/** Vietnamese text on PDF pages: the embedded font, NFC normalisation and glyph coverage. */
package vn.bansao.core.text;

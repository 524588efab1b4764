/** Page previews of a copy for the verification page (PDFBox, low resolution, bounded). */
package vn.bansao.portal.internal.render;

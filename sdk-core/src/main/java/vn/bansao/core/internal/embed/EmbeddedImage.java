package vn.bansao.core.internal.embed;

import org.apache.pdfbox.cos.COSStream;

/**
 * An image XObject written into the document.
 *
 * @param xobject      the image stream
 * @param streamSha256 SHA-256 (hex) of its encoded bytes
 */
public record EmbeddedImage(COSStream xobject, String streamSha256) {
}

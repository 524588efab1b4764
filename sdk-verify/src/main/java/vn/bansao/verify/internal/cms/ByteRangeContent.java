package vn.bansao.verify.internal.cms;

import java.io.IOException;
import java.io.OutputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cms.CMSTypedData;

/** The signed bytes of a PDF signature (two slices of the file) fed to BouncyCastle without copying. */
final class ByteRangeContent implements CMSTypedData {
    private final byte[] file;
    private final long[] br;

    ByteRangeContent(byte[] file, long[] br) {
        this.file = file;
        this.br = br;
    }

    @Override
    public ASN1ObjectIdentifier getContentType() {
        return CMSObjectIdentifiers.data;
    }

    @Override
    public void write(OutputStream out) throws IOException {
        out.write(file, (int) br[0], (int) br[1]);
        out.write(file, (int) br[2], (int) br[3]);
    }

    @Override
    public Object getContent() {
        return null;
    }

    byte[] digest(java.security.MessageDigest md) {
        md.update(file, (int) br[0], (int) br[1]);
        md.update(file, (int) br[2], (int) br[3]);
        return md.digest();
    }
}

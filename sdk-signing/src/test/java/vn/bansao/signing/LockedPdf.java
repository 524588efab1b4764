package vn.bansao.signing;

import java.io.ByteArrayOutputStream;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.bansao.signing.internal.DocMdp;

/** A PDF certified by plain PDFBox + BouncyCastle with DocMDP P=1 ("no changes allowed"). */
final class LockedPdf {

    private LockedPdf() {
    }

    static byte[] certifiedNoChanges(SigningKey key) throws Exception {
        try (PDDocument doc = Loader.loadPDF(TestPdfs.certifiedCopyLike(1, true))) {
            PDSignature sig = new PDSignature();
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            sig.setSignDate(Calendar.getInstance());
            DocMdp.certify(doc, sig, 1);
            doc.addSignature(sig);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExternalSigningSupport ext = doc.saveIncrementalForExternalSigning(out);
            byte[] content = ext.getContent().readAllBytes();
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()), key.certificate()));
            gen.addCertificates(new JcaCertStore(key.chain()));
            ext.setSignature(gen.generate(new CMSProcessableByteArray(content), false).getEncoded());
            return out.toByteArray();
        }
    }
}

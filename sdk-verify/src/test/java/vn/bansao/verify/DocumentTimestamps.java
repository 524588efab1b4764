package vn.bansao.verify;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.HttpURLConnection;
import java.net.URI;
import java.security.MessageDigest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

/**
 * A document time-stamp (ETSI.RFC3161, invisible field) appended as its own revision, with a token from a
 * real RFC 3161 TSA (the testkit's on loopback): what anybody can add to a signed copy to create a signature
 * boundary.
 */
final class DocumentTimestamps {

    private DocumentTimestamps() {
    }

    static byte[] add(byte[] pdf, String tsaUrl) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature sig = new PDSignature();
            sig.setType(COSName.DOC_TIME_STAMP);
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(COSName.getPDFName("ETSI.RFC3161"));
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(16_000);
            doc.addSignature(sig, options);
            doc.getDocument().setIsXRefStream(false);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
            byte[] digest;
            try (InputStream content = external.getContent()) {
                digest = MessageDigest.getInstance("SHA-256").digest(content.readAllBytes());
            }
            external.setSignature(token(tsaUrl, digest));
            return out.toByteArray();
        }
    }

    private static byte[] token(String tsaUrl, byte[] digest) throws Exception {
        TimeStampRequestGenerator g = new TimeStampRequestGenerator();
        g.setCertReq(true);
        TimeStampRequest req = g.generate(TSPAlgorithms.SHA256, digest, BigInteger.valueOf(System.nanoTime()));
        HttpURLConnection c = (HttpURLConnection) URI.create(tsaUrl).toURL().openConnection();
        c.setDoOutput(true);
        c.setRequestMethod("POST");
        c.setRequestProperty("Content-Type", "application/timestamp-query");
        try (OutputStream o = c.getOutputStream()) {
            o.write(req.getEncoded());
        }
        byte[] body;
        try (InputStream in = c.getInputStream()) {
            body = in.readAllBytes();
        }
        TimeStampResponse resp = new TimeStampResponse(body);
        resp.validate(req);
        return resp.getTimeStampToken().getEncoded();
    }
}

package vn.bansao.testkit.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import vn.bansao.testkit.Identity;

/**
 * RFC 3161 time-stamping over HTTP POST ({@code application/timestamp-query}). Accepts SHA-256/384/512 message
 * imprints, echoes the nonce, includes the TSA certificate chain when {@code certReq} is set.
 */
public final class TsaHandler implements HttpHandler {

    /** The kit's TSA policy: an OID under the ITU-T "example" arc 2.999, so it can never be mistaken for a real one. */
    public static final String POLICY_OID = "2.999.84.1";

    private final TimeStampResponseGenerator generator;
    private final AtomicLong serial = new AtomicLong(System.currentTimeMillis());

    public TsaHandler(Identity tsa) {
        try {
            SignerInfoGenerator signer = new JcaSignerInfoGeneratorBuilder(Bc.digests())
                    .build(Bc.signer(tsa.signatureAlgorithm(), tsa.privateKey()), tsa.certificate());
            DigestCalculator sha256 = Bc.digests().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(signer, sha256,
                    new ASN1ObjectIdentifier(POLICY_OID));
            tokens.addCertificates(new JcaCertStore(tsa.chain()));
            tokens.setAccuracySeconds(1);
            Set<ASN1ObjectIdentifier> accepted = Set.of(TSPAlgorithms.SHA256, TSPAlgorithms.SHA384,
                    TSPAlgorithms.SHA512);
            generator = new TimeStampResponseGenerator(tokens, accepted);
            new JcaX509CertificateHolder(tsa.certificate()); // fail early on an unusable certificate
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the TSA", e);
        }
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        if (!"POST".equals(ex.getRequestMethod())) {
            Http.send(ex, 405, "text/plain", "POST application/timestamp-query".getBytes());
            return;
        }
        byte[] body = Http.body(ex);
        TimeStampResponse response;
        try {
            TimeStampRequest request = new TimeStampRequest(body);
            synchronized (generator) {
                response = generator.generate(request, BigInteger.valueOf(serial.incrementAndGet()), new Date());
            }
        } catch (IOException | IllegalArgumentException | ClassCastException e) {
            Http.send(ex, 400, "text/plain", ("bad time-stamp request: " + e.getMessage()).getBytes());
            return;
        } catch (TSPException e) {
            throw new IOException(e);
        }
        Http.send(ex, 200, "application/timestamp-reply", response.getEncoded());
    }
}

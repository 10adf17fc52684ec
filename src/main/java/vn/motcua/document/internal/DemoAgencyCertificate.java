package vn.motcua.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed agency certificate made at start-up for the demo and the tests, so that
 * no private key is ever committed: a fresh RSA 2048 key, a certificate for digital
 * signature and non-repudiation valid for two years, put in a PKCS#12 keystore with a
 * random password and read back through the same path as a configured keystore.
 */
final class DemoAgencyCertificate {

	static final String COMMON_NAME = "Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh (demo)";

	private DemoAgencyCertificate() {
	}

	static AgencyCertificate create(Instant now) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048, new SecureRandom());
			KeyPair pair = generator.generateKeyPair();
			X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN")
				.addRDN(BCStyle.ST, "Quảng Ninh")
				.addRDN(BCStyle.O, "UBND tỉnh Quảng Ninh")
				.addRDN(BCStyle.CN, COMMON_NAME)
				.build();
			JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
					new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
					Date.from(now.plus(Duration.ofDays(730))), subject, pair.getPublic());
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.keyUsage, true,
					new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
			byte[] secret = new byte[16];
			new SecureRandom().nextBytes(secret);
			char[] password = HexFormat.of().formatHex(secret).toCharArray();
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry("agency", pair.getPrivate(), password, new Certificate[] { certificate });
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			store.store(out, password);
			return AgencyCertificate.fromPkcs12(out.toByteArray(), password);
		}
		catch (GeneralSecurityException | OperatorCreationException | IOException ex) {
			throw new IllegalStateException("Could not make the demo agency certificate", ex);
		}
	}

}

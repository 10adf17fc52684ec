package vn.motcua.document.internal;

import java.io.ByteArrayOutputStream;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;

import vn.motcua.document.SignatureCheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PAdES signing and verification without Spring: the CMS structure PAdES baseline B-B
 * asks for, a signature by another certificate told apart from the agency's own, and the
 * PKCS#12 keystore read by alias.
 */
class PadesSignaturesTests {

	static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");

	static byte[] blankPdf() throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage(PDRectangle.A4));
			document.save(out);
			return out.toByteArray();
		}
	}

	@Test
	void theCmsSignatureCarriesTheSigningCertificateV2AndNoSigningTime() throws Exception {
		AgencyCertificate agency = DemoAgencyCertificate.create(NOW);
		byte[] signed = PadesSignatures.sign(blankPdf(), agency, NOW, "Kết quả", "Quảng Ninh");

		try (PDDocument document = Loader.loadPDF(signed)) {
			PDSignature signature = document.getLastSignatureDictionary();
			assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
			assertThat(signature.getSignDate().toInstant()).isEqualTo(NOW);
			assertThat(signature.getLocation()).isEqualTo("Quảng Ninh");
			CMSSignedData cms = new CMSSignedData(signature.getContents(signed));
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
			assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.pkcs_9_at_signingTime)).isNull();
			assertThat(signer.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");
			assertThat(ASN1Sequence.getInstance(cms.getEncoded())).isNotNull();
		}
	}

	@Test
	void aSignatureByAnotherCertificateIsValidButNotTheAgencys() throws Exception {
		AgencyCertificate agency = DemoAgencyCertificate.create(NOW);
		AgencyCertificate stranger = DemoAgencyCertificate.create(NOW);
		byte[] signed = PadesSignatures.sign(blankPdf(), stranger, NOW, "Kết quả", "Hà Nội");

		SignatureCheck check = PadesSignatures.verify(signed, agency.certificate());
		assertThat(check.status()).isEqualTo(SignatureCheck.Status.VALID);
		assertThat(check.last().agencyCertificate()).isFalse();
		assertThat(PadesSignatures.verify(signed, stranger.certificate()).last().agencyCertificate()).isTrue();
		assertThat(check.last().signerName()).isEqualTo(DemoAgencyCertificate.COMMON_NAME);
		assertThat(check.last().issuerName()).isEqualTo(DemoAgencyCertificate.COMMON_NAME);
	}

	@Test
	void aSignatureOutsideTheCertificatesValidityIsFlagged() throws Exception {
		AgencyCertificate agency = DemoAgencyCertificate.create(NOW);
		byte[] signed = PadesSignatures.sign(blankPdf(), agency, NOW.plusSeconds(3L * 365 * 86400), "Kết quả",
				"Quảng Ninh");
		assertThat(PadesSignatures.verify(signed, agency.certificate()).last().certificateValidAtSigning()).isFalse();
	}

	@Test
	void aPdfWithoutSignaturesIsUnsigned() throws Exception {
		assertThat(PadesSignatures.verify(blankPdf(), null).status()).isEqualTo(SignatureCheck.Status.UNSIGNED);
		assertThat(PadesSignatures.verify("không phải PDF".getBytes(), null).status())
			.isEqualTo(SignatureCheck.Status.INVALID);
	}

	@Test
	void theKeystoreIsReadByAliasAndAWrongPasswordIsRefused() throws Exception {
		AgencyCertificate made = DemoAgencyCertificate.create(NOW);
		char[] password = "mat-khau-thu".toCharArray();
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry("so-tu-phap", made.key(), password, new Certificate[] { made.certificate() });
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		store.store(out, password);

		AgencyCertificate read = AgencyCertificate.fromPkcs12(new java.io.ByteArrayInputStream(out.toByteArray()),
				password, "so-tu-phap");
		assertThat(read.certificate()).isEqualTo(made.certificate());
		assertThatThrownBy(() -> AgencyCertificate.fromPkcs12(new java.io.ByteArrayInputStream(out.toByteArray()),
				"sai".toCharArray(), null))
			.isInstanceOfAny(IllegalStateException.class, java.io.UncheckedIOException.class);
		assertThatThrownBy(() -> AgencyCertificate.fromPkcs12(new java.io.ByteArrayInputStream(out.toByteArray()),
				password, "khong-co"))
			.isInstanceOf(IllegalStateException.class);
	}

}

package vn.motcua.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Store;
import org.jspecify.annotations.Nullable;

import vn.motcua.document.SignatureCheck;

/**
 * PAdES signatures (ETSI EN 319 142-1, baseline B-B) through PDFBox's signing API: a
 * detached CMS signature ({@code /SubFilter /ETSI.CAdES.detached}) over the byte range of
 * an incremental update, with the ESS signing-certificate-v2 attribute binding the
 * certificate and no CMS signing-time (PAdES puts the time in the signature dictionary's
 * {@code /M}). Verification recomputes each signature over its byte range and checks
 * whether the last one covers the whole file.
 */
final class PadesSignatures {

	private PadesSignatures() {
	}

	static byte[] sign(byte[] pdf, AgencyCertificate agency, Instant at, String reason, String location) {
		try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature
				.setName(commonName(X500Name.getInstance(agency.certificate().getSubjectX500Principal().getEncoded())));
			signature.setReason(reason);
			signature.setLocation(location);
			Calendar when = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
			when.setTimeInMillis(at.toEpochMilli());
			signature.setSignDate(when);
			try (SignatureOptions options = new SignatureOptions()) {
				options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
				document.addSignature(signature, (content) -> cms(content, agency), options);
				document.saveIncremental(out);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not sign the result", ex);
		}
	}

	private static byte[] cms(InputStream content, AgencyCertificate agency) throws IOException {
		try {
			X509Certificate certificate = agency.certificate();
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
			ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash);
			ASN1EncodableVector attributes = new ASN1EncodableVector();
			attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
					new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { id }))));
			CMSAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(
					new AttributeTable(attributes));
			CMSAttributeTableGenerator withoutSigningTime = (parameters) -> standard.getAttributes(parameters)
				.remove(CMSAttributes.signingTime);
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(
					new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
						.setSignedAttributeGenerator(withoutSigningTime)
						.build(new JcaContentSignerBuilder("SHA256withRSA").build(agency.key()), certificate));
			generator.addCertificates(new JcaCertStore(agency.chain()));
			return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
		}
		catch (GeneralSecurityException | OperatorCreationException | CMSException ex) {
			throw new IOException("Could not make the CMS signature", ex);
		}
	}

	/**
	 * The signatures of a PDF and what they prove.
	 * @param agency the system's agency certificate, to recognise its own signatures
	 */
	static SignatureCheck verify(byte[] pdf, @Nullable X509Certificate agency) {
		List<SignatureCheck.Signature> signatures = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDSignature signature : document.getSignatureDictionaries()) {
				signatures.add(check(signature, pdf, agency));
			}
		}
		catch (IOException ex) {
			return new SignatureCheck(SignatureCheck.Status.INVALID, signatures);
		}
		if (signatures.isEmpty()) {
			return new SignatureCheck(SignatureCheck.Status.UNSIGNED, signatures);
		}
		if (!signatures.stream().allMatch(SignatureCheck.Signature::valid)) {
			return new SignatureCheck(SignatureCheck.Status.INVALID, signatures);
		}
		boolean covered = signatures.stream().anyMatch(SignatureCheck.Signature::coversWholeFile);
		return new SignatureCheck(covered ? SignatureCheck.Status.VALID : SignatureCheck.Status.CHANGED_AFTER_SIGNING,
				signatures);
	}

	private static SignatureCheck.Signature check(PDSignature signature, byte[] pdf, @Nullable X509Certificate agency) {
		Instant signedAt = (signature.getSignDate() != null) ? signature.getSignDate().toInstant() : null;
		String subFilter = signature.getSubFilter();
		int[] range = signature.getByteRange();
		boolean wellFormed = range != null && range.length == 4 && range[0] == 0 && range[1] >= 0
				&& range[2] >= range[1] && range[3] >= 0 && (long) range[2] + range[3] <= pdf.length;
		if (!wellFormed) {
			return new SignatureCheck.Signature(null, null, signedAt, false, false, false, false, subFilter);
		}
		boolean coversWholeFile = (long) range[2] + range[3] == pdf.length;
		try {
			byte[] signed = signature.getSignedContent(pdf);
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), signature.getContents(pdf));
			Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
			if (signers.size() != 1) {
				return new SignatureCheck.Signature(null, null, signedAt, false, coversWholeFile, false, false,
						subFilter);
			}
			SignerInformation signer = signers.iterator().next();
			@SuppressWarnings("unchecked")
			Store<X509CertificateHolder> certificates = cms.getCertificates();
			Collection<X509CertificateHolder> matches = certificates.getMatches(signer.getSID());
			if (matches.isEmpty()) {
				return new SignatureCheck.Signature(null, null, signedAt, false, coversWholeFile, false, false,
						subFilter);
			}
			X509CertificateHolder certificate = matches.iterator().next();
			boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
			boolean validAtSigning = signedAt != null && certificate.isValidOn(Date.from(signedAt));
			boolean ours = agency != null && Arrays.equals(certificate.getEncoded(), agency.getEncoded());
			return new SignatureCheck.Signature(commonName(certificate.getSubject()),
					commonName(certificate.getIssuer()), signedAt, valid, coversWholeFile, ours, validAtSigning,
					subFilter);
		}
		catch (IOException | CMSException | OperatorCreationException | GeneralSecurityException
				| RuntimeException ex) {
			return new SignatureCheck.Signature(null, null, signedAt, false, coversWholeFile, false, false, subFilter);
		}
	}

	static String commonName(X500Name name) {
		var names = name.getRDNs(BCStyle.CN);
		if (names.length == 0) {
			return name.toString();
		}
		return IETFUtils.valueToString(names[0].getFirst().getValue());
	}

}

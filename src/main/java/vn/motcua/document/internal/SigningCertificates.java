package vn.motcua.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The agency certificate that signs result documents. Production configures a PKCS#12
 * keystore ({@code motcua.document.signing.keystore}, {@code .password}, optionally
 * {@code .alias}; {@code .location} is printed in the signature). Without one, the demo
 * ({@code motcua.demo.enabled=true}) makes a self-signed certificate at start-up, never
 * written to disk; otherwise results can be uploaded but not signed here.
 */
@Component
class SigningCertificates {

	private static final Logger log = LoggerFactory.getLogger(SigningCertificates.class);

	private final @Nullable AgencyCertificate certificate;

	private final String location;

	SigningCertificates(Environment environment, Clock clock) {
		this.location = environment.getProperty("motcua.document.signing.location", "Quảng Ninh, Việt Nam");
		String keystore = environment.getProperty("motcua.document.signing.keystore");
		if (keystore != null && !keystore.isBlank()) {
			String password = environment.getProperty("motcua.document.signing.password", "");
			try (InputStream in = Files.newInputStream(Path.of(keystore))) {
				this.certificate = AgencyCertificate.fromPkcs12(in, password.toCharArray(),
						environment.getProperty("motcua.document.signing.alias"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not open the agency keystore " + keystore, ex);
			}
			log.info("Result documents are signed with the certificate of {}",
					this.certificate.certificate().getSubjectX500Principal().getName());
		}
		else if (environment.getProperty("motcua.demo.enabled", Boolean.class, false)) {
			this.certificate = DemoAgencyCertificate.create(clock.instant());
			log.info("Result documents are signed with a self-signed demo certificate made at start-up");
		}
		else {
			this.certificate = null;
			log.info("No agency keystore configured (motcua.document.signing.keystore): results are not signed here");
		}
	}

	Optional<AgencyCertificate> current() {
		return Optional.ofNullable(this.certificate);
	}

	String location() {
		return this.location;
	}

}

package vn.motcua.document.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The agency's signing key and certificate chain, read from a PKCS#12 keystore: the entry
 * named by the alias, or the first key entry when no alias is given.
 */
record AgencyCertificate(PrivateKey key, List<X509Certificate> chain) {

	AgencyCertificate {
		if (chain.isEmpty()) {
			throw new IllegalArgumentException("A signing certificate needs its chain");
		}
		chain = List.copyOf(chain);
	}

	X509Certificate certificate() {
		return this.chain.get(0);
	}

	static AgencyCertificate fromPkcs12(InputStream keystore, char[] password, @Nullable String alias) {
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(keystore, password);
			String entry = alias;
			if (entry == null || entry.isBlank()) {
				entry = Collections.list(store.aliases())
					.stream()
					.filter((name) -> isKey(store, name))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException("The keystore holds no private key"));
			}
			if (!(store.getKey(entry, password) instanceof PrivateKey key)) {
				throw new IllegalStateException("No private key under the alias " + entry);
			}
			Certificate[] chain = store.getCertificateChain(entry);
			if (chain == null || chain.length == 0) {
				throw new IllegalStateException("No certificate chain under the alias " + entry);
			}
			return new AgencyCertificate(key,
					Arrays.stream(chain).map((certificate) -> (X509Certificate) certificate).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the agency keystore", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not read the agency keystore", ex);
		}
	}

	static AgencyCertificate fromPkcs12(byte[] keystore, char[] password) {
		return fromPkcs12(new ByteArrayInputStream(keystore), password, null);
	}

	private static boolean isKey(KeyStore store, String alias) {
		try {
			return store.isKeyEntry(alias);
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

}

package vn.motcua.satisfaction.internal;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens for rating and survey links: 32 random bytes, base64url. */
final class Tokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Tokens() {
	}

	static String next() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether the text could be a token at all (refused early, without a query). */
	static boolean plausible(String token) {
		return token != null && token.length() == 43 && token.matches("[A-Za-z0-9_-]+");
	}

}

package vn.motcua.identity.internal;

import java.io.Serial;
import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a sign-in attempt comes from: the client address and the channel ({@code form}
 * for the login page, {@code token} for the token API).
 *
 * @param remoteAddress the client's address as seen by the server
 * @param channel how the credentials were sent
 */
public record LoginDetails(String remoteAddress, String channel) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public static LoginDetails form(HttpServletRequest request) {
		return new LoginDetails(String.valueOf(request.getRemoteAddr()), "form");
	}

	public static LoginDetails token(HttpServletRequest request) {
		return new LoginDetails(String.valueOf(request.getRemoteAddr()), "token");
	}

}

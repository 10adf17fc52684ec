package vn.motcua.identity;

import java.io.Serial;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A signed-in citizen. Authority: {@code CITIZEN}.
 */
public final class CitizenPrincipal extends AccountPrincipal {

	@Serial
	private static final long serialVersionUID = 1L;

	public CitizenPrincipal(long accountId, String username, String fullName, @Nullable String passwordHash,
			boolean enabled) {
		super(accountId, username, fullName, passwordHash, enabled, List.of(Authorities.CITIZEN));
	}

	@Override
	public AccountKind kind() {
		return AccountKind.CITIZEN;
	}

}

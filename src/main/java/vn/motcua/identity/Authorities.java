package vn.motcua.identity;

/**
 * The authorities that tell staff from citizens; roles come on top as {@code ROLE_<name>}
 * (see {@link Role#authority()}).
 */
public final class Authorities {

	/** Every staff member. */
	public static final String STAFF = "STAFF";

	/** Every citizen. */
	public static final String CITIZEN = "CITIZEN";

	private Authorities() {
	}

}

package vn.motcua.shared;

/**
 * A signed-in staff member's reach: the agency they belong to and whether they also act
 * for the agencies below it. Identity's principal implements it; any module may read it
 * from the security context without depending on identity.
 */
public interface AgencyScoped {

	String agencyCode();

	boolean includesSubAgencies();

}

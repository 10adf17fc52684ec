package vn.motcua.identity;

/** Staff members work in an agency; citizens register themselves. */
public enum AccountKind {

	STAFF, CITIZEN

}

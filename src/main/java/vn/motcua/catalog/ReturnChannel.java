package vn.motcua.catalog;

/** Ways the result reaches the applicant. */
public enum ReturnChannel {

	DIRECT, POST, ONLINE

}

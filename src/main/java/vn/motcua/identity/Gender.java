package vn.motcua.identity;

/** Gender as encoded in the personal identification number. */
public enum Gender {

	MALE, FEMALE

}

package vn.motcua.catalog;

/** Cấp thực hiện as published in the national procedure database. */
public enum ImplementingLevel {

	MINISTRY, PROVINCE, COMMUNE, OTHER_BODY

}

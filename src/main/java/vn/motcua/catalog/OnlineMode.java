package vn.motcua.catalog;

/**
 * How far the procedure can be done online: fully (toàn trình), partly (một phần), or in
 * person only.
 */
public enum OnlineMode {

	FULL, PARTIAL, IN_PERSON

}

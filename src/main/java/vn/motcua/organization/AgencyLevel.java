package vn.motcua.organization;

/**
 * The kind of an agency in the hierarchy. {@code DISTRICT} is kept for history: the
 * district level was abolished on 1 July 2025.
 */
public enum AgencyLevel {

	/** Tỉnh / thành phố trực thuộc trung ương (People's Committee of the province). */
	PROVINCE,

	/** Sở, ngành: a specialised agency of the provincial People's Committee. */
	DEPARTMENT,

	/** Trung tâm Phục vụ hành chính công: a public administration service centre. */
	SERVICE_CENTRE,

	/**
	 * Huyện / quận / thị xã / thành phố thuộc tỉnh — historical only, before 01/07/2025.
	 */
	DISTRICT,

	/** Xã / phường / đặc khu. */
	COMMUNE

}

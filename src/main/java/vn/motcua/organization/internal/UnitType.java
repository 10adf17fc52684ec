package vn.motcua.organization.internal;

import java.util.Arrays;
import java.util.List;

import vn.motcua.organization.AgencyLevel;

/**
 * The legal kind of a unit within its level (loại đơn vị): a commune-level unit is a xã,
 * a phường or an đặc khu; a province is a tỉnh or a thành phố trực thuộc trung ương; and
 * so on. Each kind belongs to exactly one level.
 */
public enum UnitType {

	/** Tỉnh. */
	PROVINCE(AgencyLevel.PROVINCE),

	/** Thành phố trực thuộc trung ương. */
	MUNICIPALITY(AgencyLevel.PROVINCE),

	/** Sở. */
	DEPARTMENT(AgencyLevel.DEPARTMENT),

	/** Văn phòng Ủy ban nhân dân tỉnh. */
	OFFICE(AgencyLevel.DEPARTMENT),

	/** Thanh tra tỉnh. */
	INSPECTORATE(AgencyLevel.DEPARTMENT),

	/** Ban (e.g. Ban Quản lý Khu kinh tế). */
	BOARD(AgencyLevel.DEPARTMENT),

	/** Trung tâm Phục vụ hành chính công. */
	SERVICE_CENTRE(AgencyLevel.SERVICE_CENTRE),

	/** Huyện (history). */
	RURAL_DISTRICT(AgencyLevel.DISTRICT),

	/** Quận (history). */
	URBAN_DISTRICT(AgencyLevel.DISTRICT),

	/** Thị xã (history). */
	TOWN(AgencyLevel.DISTRICT),

	/** Thành phố thuộc tỉnh (history). */
	PROVINCIAL_CITY(AgencyLevel.DISTRICT),

	/** Xã. */
	COMMUNE(AgencyLevel.COMMUNE),

	/** Phường. */
	WARD(AgencyLevel.COMMUNE),

	/** Đặc khu. */
	SPECIAL_ZONE(AgencyLevel.COMMUNE),

	/** Thị trấn (history: abolished with the districts on 1 July 2025). */
	TOWNSHIP(AgencyLevel.COMMUNE);

	private final AgencyLevel level;

	UnitType(AgencyLevel level) {
		this.level = level;
	}

	public AgencyLevel level() {
		return this.level;
	}

	public static List<UnitType> of(AgencyLevel level) {
		return Arrays.stream(values()).filter((type) -> type.level == level).toList();
	}

}

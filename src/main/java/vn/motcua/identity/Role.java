package vn.motcua.identity;

/**
 * What a staff member may do. Each role is granted as the authority {@code ROLE_<name>};
 * the words shown to people are in the identity message bundle ({@code role.<name>}).
 */
public enum Role {

	/** Cán bộ tiếp nhận và trả kết quả: receives dossiers and returns results. */
	ONE_STOP_OFFICER,

	/** Chuyên viên: processes dossiers. */
	SPECIALIST,

	/** Lãnh đạo phòng: checks and forwards the specialists' work. */
	DEPARTMENT_LEADER,

	/** Lãnh đạo cơ quan: approves and signs. */
	AGENCY_LEADER,

	/** Quản trị hệ thống: agencies, accounts, audit. */
	SYSTEM_ADMIN,

	/** Quản lý khảo sát (Sở Nội vụ): satisfaction surveys (SIPAS). */
	SURVEY_MANAGER,

	/** Thanh tra: reads everything in scope, changes nothing. */
	INSPECTOR;

	/** The granted authority, e.g. {@code ROLE_SPECIALIST}. */
	public String authority() {
		return "ROLE_" + name();
	}

}

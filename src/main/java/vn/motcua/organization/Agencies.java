package vn.motcua.organization;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The query side of the organization module, for other modules.
 */
public interface Agencies {

	Optional<AgencyView> findByCode(String code);

	boolean exists(String code);

	/** Every agency in force today, parents before children. */
	List<AgencyView> all();

	/** The given agency's code and the codes of every agency below it, at any depth. */
	Set<String> withDescendants(String code);

	/**
	 * The one-stop desk (Bộ phận một cửa) of the agency with the given code, if the
	 * agency exists and has a desk.
	 */
	Optional<OneStopDeskView> deskOf(String code);

	/**
	 * The desk of the provincial Public Administration Service Centre (Trung tâm Phục vụ
	 * hành chính công tỉnh) in force today: the desk the public portal shows first.
	 */
	Optional<OneStopDeskView> mainDesk();

	/**
	 * The identifier of the agency printed in dossier codes (mã định danh,
	 * {@code <identifier>-YYMMDD-XXXX}), if one is recorded.
	 */
	Optional<String> dossierIdentifierOf(String code);

}

package vn.motcua.organization.web;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.AgencyLevel;
import vn.motcua.organization.AgencyView;

/**
 * An agency as the public API shows it.
 *
 * @param code the agency's code
 * @param name the official name
 * @param level the level in the hierarchy
 * @param parentCode the agency above, {@code null} for a province
 */
record AgencyResource(String code, String name, AgencyLevel level, @Nullable String parentCode) {

	static AgencyResource of(AgencyView view) {
		return new AgencyResource(view.code(), view.name(), view.level(), view.parentCode());
	}

}

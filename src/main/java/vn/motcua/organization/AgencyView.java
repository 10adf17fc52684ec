package vn.motcua.organization;

import org.jspecify.annotations.Nullable;

/**
 * What other modules may know of an agency.
 *
 * @param code the national administrative-unit code (province 2 digits, commune 5 digits)
 * or the agency's identifier for departments and centres
 * @param name the official name, NFC
 * @param level the kind of agency
 * @param parentCode the code of the agency above it, none for a province
 */
public record AgencyView(String code, String name, AgencyLevel level, @Nullable String parentCode) {
}

/**
 * Organization: agencies in a hierarchy with national administrative-unit codes (province
 * → [district, kept for history] → commune/ward; provincial departments; public service
 * centres) and each agency's one-stop desk.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package vn.motcua.organization;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

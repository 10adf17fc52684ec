/**
 * The web shell: layout, home page of the public portal, locale switching, error pages
 * and the translation of domain errors into messages next to fields and RFC 9457 problem
 * details.
 */
@ApplicationModule(allowedDependencies = { "shared", "organization", "catalog" })
@NullMarked
package vn.motcua.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

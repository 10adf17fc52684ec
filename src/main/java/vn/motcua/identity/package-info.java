/**
 * Identity: staff and citizen accounts, roles, agency scopes, login (form and API
 * tokens), login throttling and the one place where agency scope is enforced.
 */
@ApplicationModule(allowedDependencies = { "shared", "organization" })
@NullMarked
package vn.motcua.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

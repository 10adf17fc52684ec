/**
 * Audit: an append-only, hash-chained log of every auditable state change, with
 * verification of the chain.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package vn.motcua.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

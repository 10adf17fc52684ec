/**
 * Catalog: the administrative procedures (TTHC) with their legal basis, cases, times,
 * fees, required papers and internal process, versioned (draft, published, withdrawn);
 * accent-insensitive, typo-tolerant search; the public procedure pages and API.
 */
@ApplicationModule(allowedDependencies = { "shared", "organization", "calendar" })
@NullMarked
package vn.motcua.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

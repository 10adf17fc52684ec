/**
 * Statistics, reports and dashboards: processing statistics kept incrementally from the
 * dossier events (and the historical imports) in tables designed for the queries,
 * rebuildable from the dossier history; the periodic report form II.06a with its 13
 * columns computed as of the end of any period; indicators, rankings, exports.
 */
@ApplicationModule(
		allowedDependencies = { "shared", "dossier", "catalog", "organization", "calendar", "identity", "feedback" })
@NullMarked
package vn.motcua.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

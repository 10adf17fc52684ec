/**
 * Dossiers (hồ sơ TTHC): intake at the counter, online and by post; the state machine
 * with the national status codes; the internal process steps with their time shares;
 * supplement, refusal (at intake, or after appraisal as the dossier's result: see
 * {@code docs/adr/0003-refusal-after-appraisal.md}), consultation, payment, approval,
 * return, withdrawal, stop and the one apology letter; deadlines and warnings; public
 * tracking.
 */
@ApplicationModule(
		allowedDependencies = { "shared", "organization", "calendar", "catalog", "identity", "document", "payment" })
@NullMarked
package vn.motcua.dossier;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Feedback and petitions on administrative regulations (phản ánh, kiến nghị — PAKN,
 * Decree 20/2008/NĐ-CP amended by Decree 48/2013/NĐ-CP): intake from the portal, the
 * counter, the hotline, an open API and Open311 GeoReport v2; classification, routing to
 * the competent agency and forwarding; deadlines from the calendar with reminders and
 * escalation; answers with their legal basis approved by a leader and published with
 * personal data removed; statistics.
 */
@ApplicationModule(
		allowedDependencies = { "shared", "organization", "calendar", "identity", "catalog", "dossier", "document" })
@NullMarked
package vn.motcua.feedback;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

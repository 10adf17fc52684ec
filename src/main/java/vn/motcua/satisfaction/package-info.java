/**
 * Citizen satisfaction: the per-transaction rating of Decree 61/2018 Art. 27–32 and
 * Circular 01/2018 Art. 12–15 (nine indices scored 0/1/2, per-officer and per-unit scores
 * and classes, the 3-level online-service scale), and SIPAS-shaped survey campaigns of
 * the Department of Home Affairs (questionnaire, stratified sampling of returned
 * dossiers, responses, the index with its confidence interval). See DOMAIN.md §6.
 * <p>
 * Publishes {@code RatingGiven}, {@code SurveyAnswered}, {@code RatingInvited} (a
 * returned dossier's rating link exists) and {@code SurveyInvitationsIssued} (a round of
 * a campaign's invitations); the notification module sends the last two, reading who a
 * survey round goes to from {@code SurveyInvitations}. Adds a rating card to the
 * citizen's dossier page through {@code dossier.DossierPageSection}.
 */
@ApplicationModule(
		allowedDependencies = { "shared", "dossier", "catalog", "organization", "identity", "calendar", "document" })
@NullMarked
package vn.motcua.satisfaction;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

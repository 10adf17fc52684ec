package vn.motcua.satisfaction;

import java.time.Instant;

/**
 * A sampled person answered a survey campaign (online or from a verified paper form).
 *
 * @param campaignId the campaign
 * @param agencyCode the agency whose service was evaluated
 * @param stratum the sampling stratum
 * @param mode ONLINE or PAPER
 * @param occurredAt when
 */
public record SurveyAnswered(long campaignId, String agencyCode, String stratum, String mode, Instant occurredAt) {

}

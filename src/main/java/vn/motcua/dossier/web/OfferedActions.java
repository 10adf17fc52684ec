package vn.motcua.dossier.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierView;
import vn.motcua.identity.Role;

/**
 * Which action forms the staff dossier page shows to this user now: the rules of the
 * workflow as far as the page can see them (status, roles, agency scope, the current step
 * and its assignee). The workflow checks again and says why when it refuses.
 */
final class OfferedActions {

	/** An apology is offered from this long before the appointment. */
	static final Duration APOLOGY_WINDOW = Duration.ofDays(3);

	private OfferedActions() {
	}

	static List<DossierAction> of(DossierView d, Actor actor, Set<String> scope, Instant now) {
		List<DossierAction> offered = new ArrayList<>();
		if (!actor.isStaff()) {
			return offered;
		}
		boolean desk = actor.hasRole(Role.ONE_STOP_OFFICER) && scope.contains(d.deskAgencyCode());
		boolean leader = actor.hasRole(Role.AGENCY_LEADER) || actor.hasRole(Role.DEPARTMENT_LEADER);
		boolean stepActor = stepActor(d, actor, scope, leader);
		Integer current = d.currentStep();
		boolean leaderStep = current != null && isLeaderRole(d.process().get(current).role());
		boolean lastStep = current != null && current == d.process().size() - 1;
		boolean needsApproval = d.process().stream().anyMatch((step) -> isLeaderRole(step.role()));
		boolean supplementAsked = d.supplementRequest() != null;
		DossierView.RefusalView refusal = d.refusal();
		boolean resultApproved = (refusal != null) ? refusal.issued() : (!needsApproval || d.approved());
		// who appraises may conclude with a refusal, within the processing time
		boolean appraiser = stepActor && current != null
				&& !Role.ONE_STOP_OFFICER.name().equals(d.process().get(current).role());
		switch (d.status()) {
			case 1 -> {
				if (desk) {
					offered.add(DossierAction.RECEIVE);
					if (!supplementAsked) {
						offered.add(DossierAction.REQUEST_SUPPLEMENT);
					}
					offered.add(DossierAction.REFUSE);
				}
			}
			case 2, 4 -> {
				if (stepActor && !leaderStep && !lastStep) {
					offered.add(DossierAction.FORWARD);
				}
				if (d.status() == 4 && stepActor && leaderStep) {
					offered.add(DossierAction.APPROVE);
				}
				if (d.status() == 4 && resultApproved
						&& ((current == null && (desk || scope.contains(d.agencyCode()))) || (lastStep && stepActor))) {
					offered.add(DossierAction.RESULT_READY);
				}
				if (appraiser && refusal == null && (d.dueAt() == null || !now.isAfter(d.dueAt()))) {
					offered.add(DossierAction.REFUSE);
				}
				if (stepActor && !supplementAsked && refusal == null) {
					offered.add(DossierAction.REQUEST_SUPPLEMENT);
				}
				if (d.status() == 4 && stepActor && current != null && current > 0) {
					offered.add(DossierAction.RETURN_TO_STEP);
				}
				if (d.status() == 4 && stepActor) {
					offered.add(DossierAction.CONSULT);
				}
				if (d.status() == 4 && d.consultations()
					.stream()
					.anyMatch((c) -> c.answeredAt() == null && scope.contains(c.agencyCode()))) {
					offered.add(DossierAction.CONSULT_ANSWER);
				}
				if (stepActor && refusal == null) {
					offered.add(DossierAction.REQUEST_PAYMENT);
				}
			}
			case 5 -> {
				if (desk) {
					offered.add(DossierAction.SUPPLEMENT);
					if (d.receivedAt() == null) {
						offered.add(DossierAction.REFUSE);
					}
				}
			}
			case 6 -> {
				if (desk || stepActor) {
					offered.add(DossierAction.PAYMENT_RECEIVED);
				}
			}
			case 9 -> {
				if (desk) {
					offered.add(DossierAction.RETURN_RESULT);
				}
			}
			default -> {
			}
		}
		boolean open = d.status() == 2 || d.status() == 4 || d.status() == 5 || d.status() == 6;
		if (open && d.apology() == null && d.dueAt() != null && (leader || desk)
				&& (scope.contains(d.agencyCode()) || scope.contains(d.deskAgencyCode()))
				&& d.dueAt().isBefore(now.plus(APOLOGY_WINDOW))) {
			offered.add(DossierAction.APOLOGIZE);
		}
		if (open && leader && scope.contains(d.agencyCode())) {
			offered.add(DossierAction.STOP);
		}
		if ((open || d.status() == 1) && desk) {
			offered.add(DossierAction.WITHDRAW);
		}
		return offered;
	}

	private static boolean stepActor(DossierView d, Actor actor, Set<String> scope, boolean leader) {
		Integer current = d.currentStep();
		if (current == null || current >= d.process().size()) {
			return false;
		}
		DossierView.StepView step = d.process().get(current);
		boolean hasRole = actor.roles().stream().anyMatch((role) -> role.name().equals(step.role()))
				|| (Role.DEPARTMENT_LEADER.name().equals(step.role()) && actor.hasRole(Role.AGENCY_LEADER));
		boolean assigned = d.stepAssignee() == null || d.stepAssignee().equals(actor.username()) || leader;
		return hasRole && scope.contains(step.agencyCode()) && assigned;
	}

	static boolean isLeaderRole(String role) {
		return Role.AGENCY_LEADER.name().equals(role) || Role.DEPARTMENT_LEADER.name().equals(role);
	}

}

package vn.motcua.browser;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.motcua.dossier.ActionInput;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.Submission;
import vn.motcua.identity.Role;

/**
 * Takes a dossier of procedure 1.004884 at Hà Tu from the counter to the returned result,
 * through the real workflow, as the demo officers.
 */
public final class ReturnedDossierFixture {

	public static final Actor DESK = staff("tiepnhan.hatu", Role.ONE_STOP_OFFICER);

	public static final Actor SPECIALIST = staff("chuyenvien.hatu", Role.SPECIALIST);

	public static final Actor LEADER = staff("lanhdao.hatu", Role.AGENCY_LEADER);

	private ReturnedDossierFixture() {
	}

	static Actor staff(String username, Role role) {
		return new Actor(Actor.Kind.STAFF, username, username, Set.of(role), "06652", false, null, null);
	}

	/** Registers, processes and returns a dossier; its code. */
	public static String returned(Dossiers dossiers, Channel channel, String phone) {
		return returned(dossiers, channel, phone, null);
	}

	/**
	 * Registers a dossier with the applicant's phone and e-mail, processes and returns
	 * it; its code.
	 */
	public static String returned(Dossiers dossiers, Channel channel, String phone, @Nullable String email) {
		DossierView view = dossiers.register(submission(phone, email),
				(channel == Channel.ONLINE) ? Channel.COUNTER : channel, DESK);
		return processAndReturn(dossiers, view);
	}

	/**
	 * A dossier the citizen submits online (so the citizen's account owns it), received,
	 * processed and returned; its code.
	 */
	public static String returnedOnline(Dossiers dossiers, Actor citizen, String phone, @Nullable String email) {
		DossierView view = dossiers.submit(submission(phone, email), citizen, null).dossier();
		view = dossiers.act(view.code(), DossierAction.RECEIVE, ActionInput.none(), DESK);
		return processAndReturn(dossiers, view);
	}

	private static Submission submission(String phone, @Nullable String email) {
		return new Submission("1.004884", 0, "06652", new Applicant("Trần Thị Hoa", null, phone, email, "Hà Tu"), null,
				null, "Đăng ký lại khai sinh");
	}

	private static String processAndReturn(Dossiers dossiers, DossierView received) {
		DossierView view = received;
		String code = view.code();
		for (int guard = 0; guard < 20 && view.status() != DossierStatus.RESOLVED.code(); guard++) {
			int current = (view.currentStep() != null) ? view.currentStep() : 0;
			String role = view.process().get(current).role();
			boolean last = current == view.process().size() - 1;
			if ((role.equals("AGENCY_LEADER") || role.equals("DEPARTMENT_LEADER")) && !view.approved()) {
				view = dossiers.act(code, DossierAction.APPROVE, ActionInput.none(), LEADER);
			}
			else if (last) {
				view = dossiers.act(code, DossierAction.RESULT_READY, ActionInput.none(), actorFor(role));
			}
			else {
				view = dossiers.act(code, DossierAction.FORWARD, ActionInput.none(), actorFor(role));
			}
		}
		dossiers.act(code, DossierAction.RETURN_RESULT,
				new ActionInput(null, null, null, null, null, null, null, null, "DIRECT", null), DESK);
		return code;
	}

	private static Actor actorFor(String role) {
		return switch (role) {
			case "SPECIALIST" -> SPECIALIST;
			case "AGENCY_LEADER", "DEPARTMENT_LEADER" -> LEADER;
			default -> DESK;
		};
	}

}

package vn.motcua.dossier;

import java.util.Arrays;
import java.util.Optional;

/**
 * What can happen to a dossier. The API names ({@link #apiName()}) are part of the
 * contract of {@code POST /api/v1/dossiers/{code}/actions/{action}}; {@link #SUBMIT},
 * {@link #REGISTER}, {@link #IMPORT}, {@link #DUE_MOVED} and the deadline watch's
 * warnings {@link #DUE_SOON} and {@link #OVERDUE} are recorded in the history but are not
 * actions of that endpoint.
 */
public enum DossierAction {

	SUBMIT("submit", false), REGISTER("register", false), IMPORT("import", false), RECEIVE("receive", true),
	REFUSE("refuse", true), REQUEST_SUPPLEMENT("request-supplement", true), SUPPLEMENT("supplement", true),
	FORWARD("forward", true), RETURN_TO_STEP("return-to-step", true), CONSULT("consult", true),
	CONSULT_ANSWER("consult-answer", true), REQUEST_PAYMENT("request-payment", true),
	PAYMENT_RECEIVED("payment-received", true), APPROVE("approve", true), RESULT_READY("result-ready", true),
	RETURN_RESULT("return-result", true), WITHDRAW("withdraw", true), STOP("stop", true), APOLOGIZE("apologize", true),
	/** The appointment moved because the official calendar of days off changed. */
	DUE_MOVED("due-moved", false), DUE_SOON("due-soon", false), OVERDUE("overdue", false);

	private final String apiName;

	private final boolean endpoint;

	DossierAction(String apiName, boolean endpoint) {
		this.apiName = apiName;
		this.endpoint = endpoint;
	}

	public String apiName() {
		return this.apiName;
	}

	/** The message key of the action's name. */
	public String messageKey() {
		return "dossier.action." + this.apiName;
	}

	/** The action of an API name, if it is one the endpoint accepts. */
	public static Optional<DossierAction> ofApiName(String name) {
		return Arrays.stream(values()).filter((action) -> action.endpoint && action.apiName.equals(name)).findFirst();
	}

}

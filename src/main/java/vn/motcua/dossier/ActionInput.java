package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import vn.motcua.payment.FeeChoice;

/**
 * What an action needs besides its name; each action reads only its own fields and
 * refuses a missing one with the field named.
 */
@Schema(description = "Parameters of an action. receive: (none); refuse: reason (at intake), reason and legalBasis"
		+ " (after receipt: the appraisal concludes with a refusal); request-supplement: papers, reason;"
		+ " supplement: papers (document ids) or note; forward: assignee (optional), note; return-to-step: step,"
		+ " reason; consult: agency, reason, dueDate (optional); consult-answer: note; request-payment: amountVnd,"
		+ " reason, fees (optional); payment-received: note (optional); approve: note (optional); result-ready: note (optional);"
		+ " return-result: channel (DIRECT, POST, ONLINE); withdraw: reason; stop: reason; apologize: reason,"
		+ " newDate")
public record ActionInput(
		@Schema(description = "Why: reasons of a refusal (one per line), a return, a stop, an apology",
				nullable = true) @Nullable String reason,
		@Schema(description = "A free note", nullable = true) @Nullable String note,
		@Schema(description = "Papers asked for (request-supplement) or supplied (supplement)",
				nullable = true) @Nullable List<PaperNote> papers,
		@Schema(description = "Index of the step to return to (return-to-step), from 0",
				nullable = true) @Nullable Integer step,
		@Schema(description = "Agency consulted (consult)", nullable = true) @Nullable String agency,
		@Schema(description = "Username of the officer who takes the next step (forward)",
				nullable = true) @Nullable String assignee,
		@Schema(description = "Amount in VND (request-payment)", nullable = true) @Nullable Long amountVnd,
		@Schema(description = "New appointment date (apologize); answer due date (consult)",
				nullable = true) @Nullable LocalDate newDate,
		@Schema(description = "How the result is handed over (return-result): DIRECT, POST or ONLINE",
				nullable = true) @Nullable String channel,
		@Schema(description = "Fees of the procedure case's schedule, itemised (request-payment; instead of or"
				+ " matching amountVnd)", nullable = true) @Nullable List<FeeChoice> fees,
		@Schema(description = "Legal basis of a refusal after receipt (refuse): the provision whose conditions the"
				+ " dossier does not meet", nullable = true) @Nullable String legalBasis) {

	/** The parameters of every action but a refusal after receipt (no legal basis). */
	public ActionInput(@Nullable String reason, @Nullable String note, @Nullable List<PaperNote> papers,
			@Nullable Integer step, @Nullable String agency, @Nullable String assignee, @Nullable Long amountVnd,
			@Nullable LocalDate newDate, @Nullable String channel, @Nullable List<FeeChoice> fees) {
		this(reason, note, papers, step, agency, assignee, amountVnd, newDate, channel, fees, null);
	}

	public static ActionInput none() {
		return new ActionInput(null, null, null, null, null, null, null, null, null, null);
	}

	public static ActionInput reason(String reason) {
		return new ActionInput(reason, null, null, null, null, null, null, null, null, null);
	}

	/** A refusal after receipt: the reasons and the legal basis. */
	public static ActionInput refusal(String reasons, String legalBasis) {
		return new ActionInput(reasons, null, null, null, null, null, null, null, null, null, legalBasis);
	}

	public List<FeeChoice> feeChoices() {
		return (this.fees != null) ? this.fees : List.of();
	}

	public List<PaperNote> paperNotes() {
		return (this.papers != null) ? this.papers : List.of();
	}

	/**
	 * A paper named in a supplement request (name and why), or supplied in answer to one
	 * (name or index, with files).
	 */
	@Schema(description = "A paper asked for or supplied")
	public record PaperNote(@Schema(description = "Name of the paper") @Nullable String name,
			@Schema(description = "Why it is asked for", nullable = true) @Nullable String reason,
			@Schema(description = "Files supplied (document ids)", nullable = true) @Nullable List<UUID> documentIds) {

		public List<UUID> files() {
			return (this.documentIds != null) ? this.documentIds : List.of();
		}

	}

}

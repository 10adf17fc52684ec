package vn.motcua.document;

/**
 * A paper asked for in a supplement request: its name, the counts required and why
 * (missing, expired, wrong content, …). The reason is mandatory.
 */
public record MissingPaper(String name, int originals, int certifiedCopies, int copies, String reason) {

	public MissingPaper {
		Forms.require(name, "name");
		reason = Forms.required(reason, "document.form.paper-reason-required", "reason");
		if (originals < 0 || certifiedCopies < 0 || copies < 0) {
			throw new IllegalArgumentException("Negative count of " + name);
		}
	}

}

package vn.motcua.document;

/**
 * A line of the table of papers (thành phần hồ sơ): its name and how many originals (bản
 * chính), certified copies (bản sao chứng thực) and plain copies (bản sao / bản chụp).
 */
public record Paper(String name, int originals, int certifiedCopies, int copies) {

	public Paper {
		Forms.require(name, "name");
		if (originals < 0 || certifiedCopies < 0 || copies < 0) {
			throw new IllegalArgumentException("Negative count of " + name);
		}
	}

}

package vn.motcua.organization.internal;

import java.util.List;

import vn.motcua.shared.DomainException;

/**
 * Several rules were broken at once by the same input. Behaves as its first violation
 * (kind, code, field), so that callers that show one message show that one; forms show
 * every violation next to its field.
 */
public class AgencyInvalid extends DomainException {

	private final List<DomainException> violations;

	AgencyInvalid(List<DomainException> violations) {
		super(violations.get(0).kind(), violations.get(0).code(), violations.get(0).field(),
				violations.get(0).arguments());
		this.violations = List.copyOf(violations);
	}

	/** Every violation, the first one included, in the order they were found. */
	public List<DomainException> violations() {
		return this.violations;
	}

}

package vn.motcua.organization.internal;

import java.util.Set;

/**
 * The agencies an administrator may manage, and the name recorded for their changes.
 *
 * @param actor the signed-in user's name
 * @param agencyCodes the codes of the agencies within reach
 */
public record AdminScope(String actor, Set<String> agencyCodes) {

	public AdminScope {
		agencyCodes = Set.copyOf(agencyCodes);
	}

	public boolean includes(String code) {
		return this.agencyCodes.contains(code);
	}

}

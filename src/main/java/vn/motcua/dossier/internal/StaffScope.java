package vn.motcua.dossier.internal;

import java.util.Set;
import java.util.TreeSet;

import vn.motcua.dossier.Actor;
import vn.motcua.organization.Agencies;

/**
 * The agencies a staff member works on: their own agency, and every agency below it when
 * their account covers sub-agencies; nobody else (citizens, the system) has any. Taken
 * once per request or action and then asked as often as needed, because walking the
 * hierarchy costs more than a set look-up.
 */
final class StaffScope {

	private StaffScope() {
	}

	static Set<String> of(Actor actor, Agencies agencies) {
		String own = actor.agencyCode();
		if (!actor.isStaff() || own == null) {
			return Set.of();
		}
		Set<String> scope = new TreeSet<>();
		scope.add(own);
		if (actor.includesSubAgencies()) {
			scope.addAll(agencies.withDescendants(own));
		}
		return scope;
	}

}

package vn.motcua.organization.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The order in which agencies are listed: parents before children (by depth in the
 * hierarchy), then by level, then by code.
 */
final class Hierarchy {

	private final Map<String, Agency> byCode;

	private final Map<String, Integer> depths = new HashMap<>();

	Hierarchy(List<Agency> everyAgency) {
		this.byCode = everyAgency.stream().collect(Collectors.toMap(Agency::code, Function.identity()));
	}

	List<Agency> order(List<Agency> agencies) {
		return agencies.stream()
			.sorted(Comparator.comparingInt((Agency agency) -> depth(agency.code()))
				.thenComparing(Agency::level)
				.thenComparing(Agency::code))
			.toList();
	}

	int depth(String code) {
		Integer known = this.depths.get(code);
		if (known != null) {
			return known;
		}
		int depth = 0;
		Agency current = this.byCode.get(code);
		// bounded by the number of agencies, in case the data ever held a cycle
		while (current != null && current.parentCode() != null && depth <= this.byCode.size()) {
			current = this.byCode.get(current.parentCode());
			depth++;
		}
		this.depths.put(code, depth);
		return depth;
	}

}

package vn.motcua.organization.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyLevel;
import vn.motcua.shared.DomainException;

/** The public agency list for provincial and national portals. */
@RestController
@RequestMapping("/api/v1/agencies")
class AgencyApi {

	private final Agencies agencies;

	AgencyApi(Agencies agencies) {
		this.agencies = agencies;
	}

	/**
	 * The agencies in force, parents before children.
	 * @param parentCode only the agencies directly below this one
	 * @param level only the agencies at this level (case-insensitive)
	 */
	@GetMapping
	List<AgencyResource> list(@RequestParam(required = false) @Nullable String parentCode,
			@RequestParam(required = false) @Nullable String level) {
		AgencyLevel wanted = parseLevel(level);
		String parent = (parentCode != null && !parentCode.isBlank()) ? parentCode.strip().toUpperCase(Locale.ROOT)
				: null;
		if (parent != null && !this.agencies.exists(parent)) {
			throw DomainException.invalid("agency.unknown", "parentCode", parentCode);
		}
		return this.agencies.all()
			.stream()
			.filter((agency) -> wanted == null || agency.level() == wanted)
			.filter((agency) -> parent == null || parent.equals(agency.parentCode()))
			.map(AgencyResource::of)
			.toList();
	}

	private static @Nullable AgencyLevel parseLevel(@Nullable String level) {
		if (level == null || level.isBlank()) {
			return null;
		}
		try {
			return AgencyLevel.valueOf(level.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.invalid("agency.level.unknown", "level", level);
		}
	}

}

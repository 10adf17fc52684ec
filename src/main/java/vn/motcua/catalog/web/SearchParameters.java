package vn.motcua.catalog.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import vn.motcua.catalog.ImplementingLevel;
import vn.motcua.catalog.OnlineMode;
import vn.motcua.shared.DomainException;

/** Parsing of the search filters shared by the API and the pages. */
final class SearchParameters {

	private SearchParameters() {
	}

	static @Nullable ImplementingLevel level(@Nullable String level) {
		if (level == null || level.isBlank()) {
			return null;
		}
		try {
			return ImplementingLevel.valueOf(level.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.invalid("procedure.search.level", "level", level);
		}
	}

	static @Nullable OnlineMode mode(@Nullable String mode) {
		if (mode == null || mode.isBlank()) {
			return null;
		}
		try {
			return OnlineMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.invalid("procedure.search.mode", "mode", mode);
		}
	}

	static int page(@Nullable String page) {
		if (page == null || page.isBlank()) {
			return 0;
		}
		try {
			return Integer.parseInt(page.strip());
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("procedure.search.page", "page", page);
		}
	}

}

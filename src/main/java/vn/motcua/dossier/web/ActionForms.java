package vn.motcua.dossier.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.dossier.ActionInput;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierView;
import vn.motcua.shared.DomainException;

/**
 * Turns the fields of an action form into an {@link ActionInput}: dates, numbers and the
 * rows of papers, refusing malformed values with the field named.
 */
final class ActionForms {

	/** Rows of papers a supplement request form offers at first. */
	static final int SUPPLEMENT_ROWS = 3;

	private ActionForms() {
	}

	static ActionInput input(DossierAction action, MultiValueMap<String, String> form,
			MultiValueMap<String, MultipartFile> files, DossierView dossier, UploadedFiles.Batch batch) {
		List<ActionInput.PaperNote> papers = null;
		if (action == DossierAction.REQUEST_SUPPLEMENT) {
			papers = requestedPapers(form);
		}
		else if (action == DossierAction.SUPPLEMENT) {
			papers = suppliedPapers(dossier, files, batch);
		}
		return new ActionInput(text(form, "reason"), text(form, "note"), papers, step(form), upper(form, "agency"),
				text(form, "assignee"), amount(form), date(form), upper(form, "channel"), null,
				text(form, "legalBasis"));
	}

	/** The rows "paper name / why" of a supplement request; empty rows are skipped. */
	static List<ActionInput.PaperNote> requestedPapers(MultiValueMap<String, String> form) {
		List<String> names = form.getOrDefault("paperName", List.of());
		List<String> reasons = form.getOrDefault("paperReason", List.of());
		List<ActionInput.PaperNote> papers = new ArrayList<>();
		for (int i = 0; i < Math.max(names.size(), reasons.size()); i++) {
			String name = (i < names.size()) ? blankToNull(names.get(i)) : null;
			String reason = (i < reasons.size()) ? blankToNull(reasons.get(i)) : null;
			if (name != null || reason != null) {
				papers.add(new ActionInput.PaperNote(name, reason, null));
			}
		}
		return papers;
	}

	/**
	 * The files uploaded for each paper asked for: input {@code file-<i>} for the i-th
	 * paper of the request.
	 */
	static List<ActionInput.PaperNote> suppliedPapers(DossierView dossier, MultiValueMap<String, MultipartFile> files,
			UploadedFiles.Batch batch) {
		List<ActionInput.PaperNote> papers = new ArrayList<>();
		DossierView.RequestView request = dossier.supplementRequest();
		if (request == null) {
			return papers;
		}
		for (int i = 0; i < request.papers().size(); i++) {
			List<UUID> ids = batch.store(files.get("file-" + i));
			if (!ids.isEmpty()) {
				papers.add(new ActionInput.PaperNote(request.papers().get(i).name(), null, ids));
			}
		}
		return papers;
	}

	/** The values typed, to show them again when the form is refused. */
	static Map<String, String> kept(MultiValueMap<String, String> form) {
		Map<String, String> kept = new LinkedHashMap<>();
		form.forEach((name, values) -> {
			if (!name.startsWith("_") && !values.isEmpty()) {
				kept.put(name, values.get(0));
			}
		});
		return kept;
	}

	static @Nullable String text(MultiValueMap<String, String> form, String name) {
		return blankToNull(form.getFirst(name));
	}

	private static @Nullable String upper(MultiValueMap<String, String> form, String name) {
		String value = text(form, name);
		return (value != null) ? value.toUpperCase(java.util.Locale.ROOT) : null;
	}

	private static @Nullable Integer step(MultiValueMap<String, String> form) {
		String value = text(form, "step");
		if (value == null) {
			return null;
		}
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("dossier.return.step-required", "step");
		}
	}

	private static @Nullable Long amount(MultiValueMap<String, String> form) {
		String value = text(form, "amountVnd");
		if (value == null) {
			return null;
		}
		String digits = value.replace(".", "").replace(",", "").replace(" ", "");
		try {
			return Long.parseLong(digits);
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("dossier.page.amount-invalid", "amountVnd", value);
		}
	}

	private static @Nullable LocalDate date(MultiValueMap<String, String> form) {
		String value = text(form, "newDate");
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw DomainException.invalid("dossier.page.date-invalid", "newDate", value);
		}
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

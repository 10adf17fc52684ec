package vn.motcua.catalog.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import vn.motcua.catalog.internal.CatalogFormat;
import vn.motcua.catalog.internal.CatalogImport;
import vn.motcua.catalog.internal.CatalogImportReport;
import vn.motcua.organization.Agencies;

/**
 * A system administrator uploads a catalog file and sees the report on the page: what was
 * imported, or every rejected row with its sheet, row, column and reason (then nothing
 * was). A dry run only checks.
 */
@Controller
@RequestMapping("/admin/procedures/import")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class CatalogImportPages {

	private static final String VIEW = "catalog/admin-import";

	private final CatalogImport imports;

	private final Agencies agencies;

	private final MessageSource messages;

	CatalogImportPages(CatalogImport imports, Agencies agencies, MessageSource messages) {
		this.imports = imports;
		this.agencies = agencies;
		this.messages = messages;
	}

	@ModelAttribute
	void requireProvinceScope(Authentication user, Model model) {
		CatalogAdminScope.require(user, this.agencies);
		model.addAttribute("maxMegabytes", CatalogFormat.MAX_BYTES / (1024 * 1024));
		model.addAttribute("maxRows", CatalogImport.MAX_ROWS);
	}

	@GetMapping
	String form() {
		return VIEW;
	}

	@PostMapping
	String upload(@RequestPart(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, Authentication user, Model model,
			HttpServletResponse response) {
		model.addAttribute("dryRun", dryRun);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError",
					this.messages.getMessage("error.catalog.import.file.missing", null, locale()));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return VIEW;
		}
		CatalogImportReport report = (file.getSize() > CatalogFormat.MAX_BYTES) ? CatalogImportApi.tooLarge(dryRun)
				: this.imports.importFile(CatalogImportApi.bytes(file), dryRun, user.getName());
		show(report, model, response);
		return VIEW;
	}

	/**
	 * An upload over the servlet's multipart limit: the same report as any too big file.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView uploadTooLarge(MaxUploadSizeExceededException ex, HttpServletResponse response) {
		ModelAndView view = new ModelAndView(VIEW);
		view.addObject("maxMegabytes", CatalogFormat.MAX_BYTES / (1024 * 1024));
		view.addObject("maxRows", CatalogImport.MAX_ROWS);
		view.addObject("dryRun", false);
		show(CatalogImportApi.tooLarge(false), view.getModelMap(), response);
		return view;
	}

	private void show(CatalogImportReport report, java.util.Map<String, Object> model, HttpServletResponse response) {
		CatalogImportResponse shown = CatalogImportResponse.of(report, this.messages, locale());
		List<CatalogImportResponse.Rejected> wholeFile = shown.rejected()
			.stream()
			.filter((r) -> r.row() == null)
			.toList();
		List<CatalogImportResponse.Rejected> rows = shown.rejected().stream().filter((r) -> r.row() != null).toList();
		model.put("report", shown);
		model.put("fileRejections", wholeFile);
		model.put("rowRejections", rows);
		if (!report.accepted()) {
			response.setStatus(422);
		}
	}

	private void show(CatalogImportReport report, Model model, HttpServletResponse response) {
		show(report, model.asMap(), response);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}

package vn.motcua.catalog.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.catalog.internal.FormFile;
import vn.motcua.catalog.internal.FormTemplate;
import vn.motcua.catalog.internal.FormTemplates;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyLevel;
import vn.motcua.shared.AgencyScoped;
import vn.motcua.shared.DomainException;

/**
 * A provincial system administrator manages the form templates procedures' papers name:
 * lists them (with the names published procedures refer to that still have no file),
 * uploads a file under a name (replacing the one stored under it), downloads and deletes
 * one. A refused upload shows the reason next to its field, the other fields kept.
 */
@Controller
@RequestMapping("/admin/procedures/forms")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class FormAdminPages {

	private final FormTemplates forms;

	private final Agencies agencies;

	private final MessageSource messages;

	FormAdminPages(FormTemplates forms, Agencies agencies, MessageSource messages) {
		this.forms = forms;
		this.agencies = agencies;
		this.messages = messages;
	}

	/** The catalog, forms included, is the province's. */
	@ModelAttribute
	void requireProvinceScope(Authentication user) {
		if (user.getPrincipal() instanceof AgencyScoped scoped) {
			boolean province = this.agencies.findByCode(scoped.agencyCode())
				.map((agency) -> agency.level() == AgencyLevel.PROVINCE)
				.orElse(false);
			if (!province) {
				throw DomainException.forbidden("procedure.admin.scope");
			}
		}
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String fileName, Model model) {
		return page(model, (fileName != null) ? fileName : "", "", null);
	}

	@PostMapping
	String upload(@RequestParam(required = false) @Nullable String fileName,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable MultipartFile file, Authentication user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		String name = (fileName == null || fileName.isBlank())
				? ((file != null && file.getOriginalFilename() != null) ? file.getOriginalFilename() : "") : fileName;
		try {
			byte[] content = (file == null || file.isEmpty()) ? null : file.getBytes();
			FormTemplate stored = this.forms.upload(name, title, content, user.getName());
			redirect.addFlashAttribute("uploaded", stored.fileName());
			return "redirect:/admin/procedures/forms";
		}
		catch (DomainException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, name, (title != null) ? title : "", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/file")
	ResponseEntity<byte[]> download(@RequestParam String name) {
		FormFile file = this.forms.load(name).orElseThrow(() -> DomainException.notFound("form.unknown", name));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.template().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ProcedurePages.attachment(file.template().fileName()))
			.body(file.content());
	}

	@PostMapping("/delete")
	String delete(@RequestParam String name, RedirectAttributes redirect) {
		this.forms.delete(name);
		redirect.addFlashAttribute("deleted", name);
		return "redirect:/admin/procedures/forms";
	}

	private String page(Model model, String fileName, String title, @Nullable DomainException error) {
		model.addAttribute("forms", this.forms.all());
		model.addAttribute("missing", this.forms.missing());
		model.addAttribute("extensions", String.join(", ", FormTemplates.extensions()));
		model.addAttribute("maxMegabytes", FormTemplates.MAX_BYTES / (1024 * 1024));
		model.addAttribute("fileName", fileName);
		model.addAttribute("title", title);
		model.addAttribute("errorField", (error != null) ? error.field() : null);
		model.addAttribute("errorMessage", (error != null)
				? this.messages.getMessage(error.messageKey(), error.arguments(), LocaleContextHolder.getLocale())
				: null);
		return "catalog/admin-forms";
	}

}

package vn.motcua.dossier.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.document.ResultDocument;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.shared.DomainException;

/**
 * The result documents of a dossier over the API: officers upload the signed PDF
 * (optionally signed by the agency certificate), staff and — once the result is ready —
 * the applicant list them with the verification of their signatures and download them.
 */
@RestController
@RequestMapping("/api/v1/dossiers/{code}/results")
@Tag(name = "Dossiers")
class DossierResultApi {

	private final Dossiers dossiers;

	private final DossierResults results;

	DossierResultApi(Dossiers dossiers, DossierResults results) {
		this.dossiers = dossiers;
		this.results = results;
	}

	@GetMapping
	@Operation(summary = "The result documents of a dossier, each with its signature verification",
			description = "Staff who may see the dossier; the applicant once the result is ready (status 9) or"
					+ " returned (10), before that an empty list.")
	List<ResultDocument> list(@PathVariable String code, Authentication authentication, HttpServletRequest request) {
		Actor actor = Actors.of(authentication, request);
		DossierView d = find(code, actor);
		return actor.isStaff() ? this.results.forStaff(d) : this.results.forApplicant(d);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Download a result document (PDF, SHA-256 checked before it is sent)")
	ResponseEntity<InputStreamResource> download(@PathVariable String code, @PathVariable String id,
			Authentication authentication, HttpServletRequest request) {
		Actor actor = Actors.of(authentication, request);
		return this.results.download(find(code, actor), id, !actor.isStaff());
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload the signed result of a dossier (officers)",
			description = "Multipart field `file`: a PDF (detected from its content) of at most 10 MB, not encrypted,"
					+ " without JavaScript or launch actions. With `sign=true` the agency certificate signs it"
					+ " (PAdES); 422 when no certificate is configured. Allowed while the dossier is received,"
					+ " processed, paused or its result ready (status 2, 4, 5, 6, 9).")
	ResponseEntity<ResultDocument> upload(@PathVariable String code,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "false") boolean sign, Authentication authentication,
			HttpServletRequest request) {
		Actor actor = Actors.of(authentication, request);
		DossierView d = find(code, actor);
		if (!this.results.mayUpload(d, actor)) {
			throw DomainException.conflict("dossier.result.not-now", null);
		}
		if (file == null || file.isEmpty()) {
			throw DomainException.invalid("dossier.result.file-required", "file");
		}
		String name = (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) ? "ket-qua.pdf"
				: file.getOriginalFilename();
		try (InputStream in = file.getInputStream()) {
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(this.results.store().attach(d.code(), name, in, sign, actor.username()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private DossierView find(String code, Actor actor) {
		if (code.length() > 60) {
			throw DomainException.notFound("dossier.unknown", code);
		}
		return this.dossiers.find(code, actor).orElseThrow(() -> DomainException.notFound("dossier.unknown", code));
	}

}

package vn.motcua.dossier.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.document.DocumentPolicy;
import vn.motcua.document.Documents;
import vn.motcua.document.StoredDocument;
import vn.motcua.dossier.ActionInput;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.Submission;
import vn.motcua.dossier.TrackingView;
import vn.motcua.shared.DomainException;

/**
 * The dossier API: online submission, reading a dossier, its actions, and public
 * tracking. Callers authenticate with the session or a bearer token from
 * {@code POST /api/v1/auth/token}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Dossiers", description = "Submit, follow and process dossiers (hồ sơ TTHC)")
class DossierApi {

	private final Dossiers dossiers;

	private final Documents documents;

	DossierApi(Dossiers dossiers, Documents documents) {
		this.dossiers = dossiers;
		this.documents = documents;
	}

	@PostMapping("/dossiers")
	@Operation(summary = "Submit a dossier online (citizens)",
			description = "Creates a dossier in status 1 (Mới đăng ký) bound to the published version of the procedure."
					+ " With an Idempotency-Key header, retries with the same body return the same dossier"
					+ " (header Idempotent-Replayed: true); the same key with another body is refused with 422.")
	ResponseEntity<DossierView> submit(@RequestBody Submission submission,
			@Parameter(description = "A key unique to this submission, reused on retries") @RequestHeader(
					name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			Authentication authentication, HttpServletRequest request) {
		Dossiers.Submitted submitted = this.dossiers.submit(submission, Actors.of(authentication, request),
				idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Location", "/api/v1/dossiers/" + submitted.dossier().code())
			.header("Idempotent-Replayed", String.valueOf(!submitted.created()))
			.body(submitted.dossier());
	}

	@PostMapping(path = "/dossiers/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a file to attach to a dossier",
			description = "Multipart field `file`. The type is detected from the content (PDF, JPEG, PNG, DOCX),"
					+ " at most 10 MB. Returns the stored document; put its id in `papers[].documentIds` of a"
					+ " submission or of a supplement.")
	ResponseEntity<StoredDocument> upload(@RequestParam("file") MultipartFile file, Authentication authentication,
			HttpServletRequest request) {
		Actors.of(authentication, request);
		String name = (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) ? "tep"
				: file.getOriginalFilename();
		try (InputStream in = file.getInputStream()) {
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(this.documents.store(name, in, DocumentPolicy.DEFAULT));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/dossiers/{code}")
	@Operation(summary = "A dossier with its papers, steps and history",
			description = "Staff of the agencies involved and the citizen who submitted it.")
	DossierView get(@PathVariable String code, Authentication authentication, HttpServletRequest request) {
		return this.dossiers.find(code, Actors.of(authentication, request))
			.orElseThrow(() -> DomainException.notFound("dossier.unknown", code));
	}

	@PostMapping("/dossiers/{code}/actions/{action}")
	@Operation(summary = "Act on a dossier",
			description = "Actions: receive, refuse, request-supplement, supplement, forward, return-to-step, consult,"
					+ " consult-answer, request-payment, payment-received, approve, result-ready, return-result,"
					+ " withdraw, stop, apologize. An action that does not fit the dossier's status, or that someone"
					+ " else did first, is refused with 409 and says why. refuse before receipt refuses to receive"
					+ " the dossier (status 3); after receipt it is the appraisal's conclusion (reason and legalBasis"
					+ " required, within the processing time, by whoever takes the current step): approved like a"
					+ " result, then result-ready and return-result hand over the refusal (field refusal).")
	DossierView act(@PathVariable String code, @PathVariable String action,
			@RequestBody(required = false) @Nullable ActionInput input, Authentication authentication,
			HttpServletRequest request) {
		DossierAction known = DossierAction.ofApiName(action)
			.orElseThrow(() -> DomainException.invalid("dossier.action.unknown", "action", action));
		return this.dossiers.act(code, known, (input != null) ? input : ActionInput.none(),
				Actors.of(authentication, request));
	}

	@GetMapping("/tracking/{code}")
	@Operation(summary = "Public tracking of a dossier",
			description = "Needs the last four digits of the applicant's phone; personal data masked. Unknown code and"
					+ " wrong digits give the same 404.")
	TrackingView track(@PathVariable String code,
			@Parameter(description = "Last four digits of the applicant's phone") @RequestParam(
					required = false) @Nullable String phone4) {
		if (phone4 == null) {
			throw DomainException.invalid("dossier.tracking.phone4", "phone4");
		}
		return this.dossiers.track(code, phone4)
			.orElseThrow(() -> DomainException.notFound("dossier.tracking.not-found", code));
	}

}

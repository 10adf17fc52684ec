package vn.motcua.dossier.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.motcua.document.ResultDocument;
import vn.motcua.document.ResultDocuments;
import vn.motcua.dossier.DossierView;
import vn.motcua.identity.Role;
import vn.motcua.shared.DomainException;

/**
 * The result documents of a dossier on its pages: staff see and upload them while the
 * dossier is being resolved; the applicant sees and downloads them once the result is
 * ready (status 9) or returned (10), each with the verification of its signature.
 */
@Component
class DossierResults {

	/** While the dossier is received, processed, paused or its result ready. */
	static final Set<Integer> UPLOAD_STATUSES = Set.of(2, 4, 5, 6, 9);

	static final Set<Integer> APPLICANT_STATUSES = Set.of(9, 10);

	private static final Set<Role> UPLOADERS = Set.of(Role.SPECIALIST, Role.DEPARTMENT_LEADER, Role.AGENCY_LEADER,
			Role.ONE_STOP_OFFICER);

	private final ResultDocuments results;

	DossierResults(ResultDocuments results) {
		this.results = results;
	}

	List<ResultDocument> forStaff(DossierView d) {
		return this.results.of(d.code());
	}

	List<ResultDocument> forApplicant(DossierView d) {
		return APPLICANT_STATUSES.contains(d.status()) ? this.results.of(d.code()) : List.of();
	}

	boolean mayUpload(DossierView d, vn.motcua.dossier.Actor actor) {
		return UPLOAD_STATUSES.contains(d.status()) && UPLOADERS.stream().anyMatch(actor::hasRole);
	}

	boolean canSign() {
		return this.results.canSign();
	}

	ResultDocuments store() {
		return this.results;
	}

	ResponseEntity<InputStreamResource> download(DossierView d, String id, boolean applicant) {
		if (applicant && !APPLICANT_STATUSES.contains(d.status())) {
			throw DomainException.notFound("document.not-found", id);
		}
		UUID uuid;
		try {
			uuid = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.notFound("document.not-found", id);
		}
		ResultDocument result = this.results.find(d.code(), uuid)
			.orElseThrow(() -> DomainException.notFound("document.not-found", id));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.contentLength(result.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(result.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(this.results.open(uuid)));
	}

}

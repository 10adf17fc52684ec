package vn.motcua.audit.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.audit.internal.AuditLog;
import vn.motcua.audit.internal.ChainVerification;

/**
 * Verification of the audit chain for administrators and inspectors.
 */
@RestController
class AuditApiController {

	private final AuditLog log;

	AuditApiController(AuditLog log) {
		this.log = log;
	}

	/**
	 * {@code {"valid":true,"entries":N}} or
	 * {@code {"valid":false,"entries":N,"firstBrokenSeq":k,"reason":…}}.
	 */
	@GetMapping("/api/v1/audit/verify")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'INSPECTOR')")
	Map<String, Object> verify() {
		ChainVerification result = this.log.verify();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("valid", result.valid());
		body.put("entries", result.entries());
		if (!result.valid()) {
			body.put("firstBrokenSeq", result.firstBrokenSeq());
			body.put("reason", result.reason());
		}
		return body;
	}

}

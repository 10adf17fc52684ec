package vn.motcua.audit.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.audit.internal.AuditEntry;
import vn.motcua.audit.internal.AuditLog;

/**
 * The audit log for administrators and inspectors: the most recent entries, older pages,
 * and a button that verifies the whole chain.
 */
@Controller
class AuditPageController {

	static final int PAGE_SIZE = 50;

	private final AuditLog log;

	private final Clock clock;

	AuditPageController(AuditLog log, Clock clock) {
		this.log = log;
		this.clock = clock;
	}

	@GetMapping("/admin/audit")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'INSPECTOR')")
	String page(@RequestParam(required = false) @Nullable Long before,
			@RequestParam(defaultValue = "false") boolean verify, Model model) {
		List<AuditEntry> entries = this.log.recent(PAGE_SIZE, before);
		model.addAttribute("entries", entries.stream().map(this::row).toList());
		if (entries.size() == PAGE_SIZE) {
			model.addAttribute("olderThan", entries.get(entries.size() - 1).seq());
		}
		if (verify) {
			model.addAttribute("verification", this.log.verify());
		}
		return "audit/log";
	}

	private AuditRow row(AuditEntry entry) {
		return new AuditRow(entry.seq(), LocalDateTime.ofInstant(entry.occurredAt(), this.clock.getZone()),
				entry.actor(), entry.action(), entry.subject(), entry.details(), entry.hash().substring(0, 12));
	}

}

package vn.motcua.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.shared.AuditableEvent;

/**
 * Appends every auditable event to the log, synchronously, in the transaction that
 * published it: if the change rolls back, so does its entry; if the entry cannot be
 * written, the change fails.
 */
@Component
class AuditListener {

	private final AuditLog log;

	AuditListener(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(AuditableEvent event) {
		this.log.append(event.auditActor(), event.auditAction(), event.auditSubject(), event.auditDetails());
	}

}

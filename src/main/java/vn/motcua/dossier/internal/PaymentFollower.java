package vn.motcua.dossier.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.ActionInput;
import vn.motcua.dossier.Actor;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.payment.PaymentCompleted;
import vn.motcua.shared.DomainException;

/**
 * When the payment module reports a dossier's payable paid (cash at the counter or
 * confirmed online), the dossier leaves status 6 and its clock runs again — once: the
 * event is delivered from the event log after commit, and a dossier no longer waiting for
 * payment is left alone.
 */
@Component
class PaymentFollower {

	private static final Logger log = LoggerFactory.getLogger(PaymentFollower.class);

	private final DossierStore store;

	private final DossierWorkflow workflow;

	PaymentFollower(DossierStore store, DossierWorkflow workflow) {
		this.store = store;
		this.workflow = workflow;
	}

	@ApplicationModuleListener
	void on(PaymentCompleted event) {
		Dossier dossier = this.store.findByCode(event.reference()).orElse(null);
		if (dossier == null || dossier.status != DossierStatus.PAYMENT_REQUESTED) {
			return;
		}
		String note = "Biên lai " + event.receiptNumber() + " (" + event.provider() + ")";
		try {
			this.workflow.act(event.reference(), DossierAction.PAYMENT_RECEIVED,
					new ActionInput(null, note, null, null, null, null, null, null, null, null), Actor.system());
		}
		catch (DomainException ex) {
			// an officer moved the dossier meanwhile: nothing left to do if it is no
			// longer waiting for payment
			boolean waiting = this.store.findByCode(event.reference())
				.map((d) -> d.status == DossierStatus.PAYMENT_REQUESTED)
				.orElse(false);
			if (waiting) {
				throw ex;
			}
			log.info("Dossier {} no longer waits for payment: {}", event.reference(), ex.code());
		}
	}

}

package vn.motcua.payment.internal;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.calendar.Deadlines;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.ProcedureCase;
import vn.motcua.catalog.ProcedureRecord;
import vn.motcua.catalog.Procedures;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agencies;
import vn.motcua.payment.FeeChoice;
import vn.motcua.payment.PayableRequest;
import vn.motcua.payment.PayableStatus;
import vn.motcua.payment.PayableView;
import vn.motcua.payment.PayableView.LineView;
import vn.motcua.payment.PayableView.RefundRequestView;
import vn.motcua.payment.PayableView.RefundView;
import vn.motcua.payment.PayableView.TransactionView;
import vn.motcua.payment.Payables;
import vn.motcua.payment.PaymentCompleted;
import vn.motcua.payment.PaymentProvider;
import vn.motcua.payment.PaymentRefunded;
import vn.motcua.shared.DomainException;

/**
 * The payables and every movement of money on them. Crediting is idempotent: a payment is
 * keyed by (provider, provider reference) under a unique constraint, and the payable row
 * is locked while it is credited, so a gateway transaction counts once whatever the
 * callbacks do; {@link PaymentCompleted} is published once, when the payable becomes
 * paid.
 */
@Service
public class PaymentLedger implements Payables {

	static final String CASH = "CASH";

	/**
	 * A refund request sent this long ago without a recorded answer may be sent again.
	 */
	static final Duration SENDING_STALE = Duration.ofMinutes(5);

	private static final Logger log = LoggerFactory.getLogger(PaymentLedger.class);

	private final JdbcClient jdbc;

	private final Procedures procedures;

	private final Agencies agencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PaymentProvider gateway;

	private final TransactionTemplate transactions;

	PaymentLedger(JdbcClient jdbc, Procedures procedures, Agencies agencies, ApplicationEventPublisher events,
			Clock clock, PaymentProvider gateway, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.procedures = procedures;
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
		this.gateway = gateway;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	// ------------------------------------------------------------ assessment

	@Override
	public List<LineView> assess(String procedureCode, int procedureVersion, int caseIndex, List<FeeChoice> fees) {
		return FeeAssessor.assess(schedule(procedureCode, procedureVersion, caseIndex), fees);
	}

	@Override
	public List<Fee> schedule(String procedureCode, int procedureVersion, int caseIndex) {
		ProcedureRecord procedure = this.procedures.find(procedureCode, procedureVersion)
			.orElseThrow(() -> DomainException.notFound("payment.procedure-unknown", procedureCode));
		List<ProcedureCase> cases = procedure.details().cases();
		if (caseIndex < 0 || caseIndex >= cases.size()) {
			throw DomainException.invalid("payment.case-unknown", "caseIndex", caseIndex);
		}
		return cases.get(caseIndex).fees();
	}

	@Override
	@Transactional
	public PayableView open(PayableRequest request) {
		String reason = request.reason().strip();
		if (reason.isEmpty()) {
			throw DomainException.invalid("payment.reason-required", "reason");
		}
		List<Fee> schedule = schedule(request.procedureCode(), request.procedureVersion(), request.caseIndex());
		List<LineView> lines;
		if (!request.fees().isEmpty()) {
			lines = FeeAssessor.requirePositive(FeeAssessor.assess(schedule, request.fees()));
			if (request.amountVnd() != null && request.amountVnd() != FeeAssessor.total(lines)) {
				throw DomainException.unprocessable("payment.fee.total-mismatch", "amountVnd", request.amountVnd(),
						FeeAssessor.total(lines));
			}
		}
		else if (request.amountVnd() != null) {
			lines = FeeAssessor.fromTotal(schedule, request.amountVnd(), reason);
		}
		else {
			lines = FeeAssessor.scheduled(schedule);
		}
		Instant now = this.clock.instant();
		long id;
		try {
			id = this.jdbc.sql("""
					insert into payment_payable (reference, agency_code, desk_agency_code, payer_name,
					  payer_account_id, procedure_code, procedure_version, case_index, reason, amount_vnd,
					  status, requested_by, requested_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DUE', ?, ?) returning id""")
				.params(request.reference(), request.agencyCode(), request.deskAgencyCode(), request.payerName(),
						request.payerAccountId(), request.procedureCode(), request.procedureVersion(),
						request.caseIndex(), reason, FeeAssessor.total(lines), request.requestedBy(),
						java.sql.Timestamp.from(now))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw DomainException.conflict("payment.already-due", null, request.reference());
		}
		for (int i = 0; i < lines.size(); i++) {
			LineView line = lines.get(i);
			this.jdbc.sql("""
					insert into payment_fee_line (payable_id, line_no, fee_index, kind, description, quantity,
					  scheduled_unit_vnd, unit_vnd, amount_vnd, exemption, legal_reason)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, i, line.feeIndex(), line.kind(), line.description(), line.quantity(),
						line.scheduledUnitVnd(), line.unitVnd(), line.amountVnd(), line.exemption(), line.legalReason())
				.update();
		}
		return view(id);
	}

	@Override
	public Optional<PayableView> find(String reference) {
		return this.jdbc.sql("select id from payment_payable where reference = ? order by id desc limit 1")
			.param(reference)
			.query(Long.class)
			.optional()
			.map(this::view);
	}

	/** A payable by id, if the actor may see it. */
	public PayableView get(long id, PaymentActor actor) {
		PayableView payable = findById(id).orElseThrow(() -> DomainException.notFound("payment.unknown", id));
		requireVisible(payable, actor);
		return payable;
	}

	/** The latest payable of a reference, if the actor may see it. */
	public PayableView get(String reference, PaymentActor actor) {
		PayableView payable = find(reference).orElseThrow(() -> DomainException.notFound("payment.unknown", reference));
		requireVisible(payable, actor);
		return payable;
	}

	Optional<Long> payableOfReceipt(String receiptNumber) {
		return this.jdbc.sql("select payable_id from payment_transaction where receipt_number = ?")
			.param(receiptNumber)
			.query(Long.class)
			.optional();
	}

	Optional<PayableView> findById(long id) {
		return this.jdbc.sql("select id from payment_payable where id = ?")
			.param(id)
			.query(Long.class)
			.optional()
			.map(this::view);
	}

	// ------------------------------------------------------------ cash

	/**
	 * Takes the outstanding amount in cash at the counter; the transaction with its
	 * receipt.
	 */
	public TransactionView takeCash(long payableId, PaymentActor actor) {
		return inTransaction(() -> {
			PayableView payable = lock(payableId);
			requireCashier(payable, actor);
			if (payable.status() != PayableStatus.DUE) {
				throw DomainException.conflict("payment.already-paid", null, payable.reference());
			}
			long txId = credit(payable, CASH, null, null, payable.outstandingVnd(), actor.username(), null, true);
			return transaction(txId);
		});
	}

	// ------------------------------------------------------------ online

	/** Starts an online payment of what is outstanding; where to send the payer. */
	public URI startOnline(long payableId, PaymentActor actor, String payerAddress, @Nullable String returnPath,
			String locale) {
		return inTransaction(() -> {
			PayableView payable = lock(payableId);
			if (actor.staff() || actor.accountId() == null || !actor.accountId().equals(payable.payerAccountId())) {
				throw DomainException.forbidden("payment.payer-only");
			}
			if (payable.status() != PayableStatus.DUE) {
				throw DomainException.conflict("payment.already-paid", null, payable.reference());
			}
			Instant now = this.clock.instant();
			// the gateway takes an alphanumeric order reference
			String txnRef = payableId + "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
			String path = (returnPath != null && returnPath.startsWith("/account/") && !returnPath.contains("//"))
					? returnPath : null;
			this.jdbc.sql("""
					insert into payment_online_order (txn_ref, payable_id, provider, amount_vnd, status, return_path,
					  created_at) values (?, ?, ?, ?, 'PENDING', ?, ?)""")
				.params(txnRef, payableId, this.gateway.name(), payable.outstandingVnd(), path,
						java.sql.Timestamp.from(now))
				.update();
			return this.gateway.checkoutUrl(new PaymentProvider.CheckoutOrder(txnRef, payable.outstandingVnd(),
					"Thanh toan phi ho so " + payable.reference(), payerAddress, now, locale));
		});
	}

	/**
	 * The gateway's server-to-server callback (IPN): checks the signature, the order, the
	 * amount and whether the order was already settled, then credits a successful payment
	 * once. Every callback is logged for the reconciliation.
	 */
	public IpnAnswer notifyPayment(Map<String, String> parameters) {
		PaymentProvider.Callback callback = this.gateway.read(parameters);
		IpnAnswer answer;
		try {
			answer = inTransaction(() -> settle(callback));
		}
		catch (RuntimeException ex) {
			log.warn("Payment callback {} failed", callback.txnRef(), ex);
			answer = IpnAnswer.UNKNOWN_ERROR;
		}
		this.jdbc.sql("""
				insert into payment_gateway_notice (provider, txn_ref, provider_ref, amount_vnd, response_code, verdict,
				  received_at) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(this.gateway.name(), callback.signatureValid() ? callback.txnRef() : null,
					callback.signatureValid() ? callback.providerRef() : null,
					callback.signatureValid() ? callback.amountVnd() : null, callback.responseCode(), answer.RspCode(),
					java.sql.Timestamp.from(this.clock.instant()))
			.update();
		return answer;
	}

	private IpnAnswer settle(PaymentProvider.Callback callback) {
		if (!callback.signatureValid() || callback.txnRef() == null) {
			return IpnAnswer.INVALID_SIGNATURE;
		}
		Optional<OnlineOrder> found = order(callback.txnRef());
		if (found.isEmpty()) {
			return IpnAnswer.NOT_FOUND;
		}
		OnlineOrder order = found.get();
		if (callback.amountVnd() == null || callback.amountVnd() != order.amountVnd()) {
			return IpnAnswer.INVALID_AMOUNT;
		}
		PayableView payable = lock(order.payableId());
		// an order given up as expired is still credited if the gateway says it was paid
		String current = order(order.txnRef()).map(OnlineOrder::status).orElse("");
		if (!"PENDING".equals(current) && !"EXPIRED".equals(current)) {
			return IpnAnswer.ALREADY_CONFIRMED;
		}
		Instant now = this.clock.instant();
		boolean success = callback.success() && callback.providerRef() != null;
		if (success && exists(this.gateway.name(), callback.providerRef())) {
			// the gateway's transaction was already credited (to another order)
			return IpnAnswer.ALREADY_CONFIRMED;
		}
		this.jdbc.sql("""
				update payment_online_order set status = ?, completed_at = ?, response_code = ?
				where txn_ref = ? and status in ('PENDING', 'EXPIRED')""")
			.params(success ? "PAID" : "FAILED", java.sql.Timestamp.from(now), callback.responseCode(), order.txnRef())
			.update();
		if (success) {
			credit(payable, this.gateway.name(), callback.providerRef(), order.txnRef(), order.amountVnd(), null,
					callback.bankCode(), false);
		}
		return IpnAnswer.CONFIRMED;
	}

	/** What the return URL says to the payer (it credits nothing: the IPN does). */
	public ReturnResult returned(Map<String, String> parameters) {
		PaymentProvider.Callback callback = this.gateway.read(parameters);
		if (!callback.signatureValid() || callback.txnRef() == null) {
			return new ReturnResult(false, false, null, null, null, null);
		}
		Optional<OnlineOrder> order = order(callback.txnRef());
		Optional<PayableView> payable = order.flatMap((o) -> findById(o.payableId()));
		return new ReturnResult(true, callback.success(), callback.amountVnd(),
				payable.map(PayableView::reference).orElse(null), order.map(OnlineOrder::returnPath).orElse(null),
				payable.map((p) -> p.status().name()).orElse(null));
	}

	/** The return page's facts. */
	public record ReturnResult(boolean signatureValid, boolean success, @Nullable Long amountVnd,
			@Nullable String reference, @Nullable String returnPath, @Nullable String payableStatus) {

	}

	// ------------------------------------------------------------ refunds

	/**
	 * Refunds (part of) a payment, with a reason. Cash is given back at the counter and
	 * recorded at once. An online payment is refunded through its gateway: the request is
	 * recorded first (holding its amount), then sent, and the refund counts only when the
	 * gateway's verified answer says it was made. A refusal, or an answer that cannot be
	 * trusted (timeout, unreachable gateway, unsigned or forged answer), is recorded on
	 * the request and thrown as a {@link DomainException} that says why
	 * ({@code payment.refund.refused}, {@code payment.refund.unconfirmed}).
	 */
	public RefundView refund(long transactionId, long amountVnd, @Nullable String reason, PaymentActor actor) {
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty()) {
			throw DomainException.invalid("payment.refund.reason-required", "reason");
		}
		if (why.length() > 2000) {
			throw DomainException.invalid("payment.fee.reason-too-long", "reason");
		}
		if (amountVnd <= 0) {
			throw DomainException.invalid("payment.refund.amount-positive", "amountVnd", amountVnd);
		}
		RefundStep step = inTransaction(() -> {
			Long payableId = this.jdbc.sql("select payable_id from payment_transaction where id = ?")
				.param(transactionId)
				.query(Long.class)
				.optional()
				.orElseThrow(() -> DomainException.notFound("payment.transaction-unknown", transactionId));
			PayableView payable = lock(payableId);
			requireCashier(payable, actor);
			TransactionView tx = transaction(transactionId);
			long held = held(transactionId);
			long refundable = tx.amountVnd() - tx.refundedVnd() - held;
			if (amountVnd > refundable) {
				if (held > 0) {
					throw DomainException.unprocessable("payment.refund.held", "amountVnd", amountVnd, refundable,
							held);
				}
				throw DomainException.unprocessable("payment.refund.too-much", "amountVnd", amountVnd, refundable);
			}
			Instant now = this.clock.instant();
			if (CASH.equals(tx.provider())) {
				return new RefundStep(record(payable, tx, amountVnd, why, actor.username(), null, now), null);
			}
			if (!this.gateway.name().equals(tx.provider()) || tx.orderRef() == null) {
				throw DomainException.unprocessable("payment.refund.no-gateway", null, tx.provider());
			}
			long requestId = this.jdbc.sql("""
					insert into payment_refund_request (transaction_id, payable_id, provider, amount_vnd, full_refund,
					  reason, requested_by, desk_agency_code, status, requested_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, 'SENDING', ?) returning id""")
				.params(transactionId, payableId, tx.provider(), amountVnd,
						tx.refundedVnd() == 0 && amountVnd == tx.amountVnd(), why, actor.username(),
						payable.deskAgencyCode(), java.sql.Timestamp.from(now))
				.query(Long.class)
				.single();
			return new RefundStep(null, requestId);
		});
		if (step.done() != null) {
			return step.done();
		}
		return send(java.util.Objects.requireNonNull(step.requestId()));
	}

	/**
	 * Sends again a refund request whose outcome is unknown (the gateway's answer could
	 * not be trusted, or none was recorded). The gateway is asked first whether it made
	 * the refund after all (see {@link #madeEarlier}); only if not is it sent again. Same
	 * outcomes as {@link #refund}.
	 */
	public RefundView retryRefund(long requestId, PaymentActor actor) {
		inTransaction(() -> {
			Long payableId = this.jdbc.sql("select payable_id from payment_refund_request where id = ?")
				.param(requestId)
				.query(Long.class)
				.optional()
				.orElseThrow(() -> DomainException.notFound("payment.refund.request-unknown", requestId));
			requireCashier(lock(payableId), actor);
			Instant now = this.clock.instant();
			int claimed = this.jdbc.sql("""
					update payment_refund_request set status = 'SENDING' where id = ?
					  and (status = 'UNCONFIRMED' or (status = 'SENDING' and sent_at < ?))""")
				.params(requestId, java.sql.Timestamp.from(now.minus(SENDING_STALE)))
				.update();
			if (claimed == 0) {
				throw DomainException.conflict("payment.refund.not-retryable", null, requestId);
			}
			return requestId;
		});
		RefundView earlier = madeEarlier(requestId);
		return (earlier != null) ? earlier : send(requestId);
	}

	/** Asks the gateway for a refund request in state SENDING and records its answer. */
	private RefundView send(long requestId) {
		RefundAsk ask = ask(requestId);
		String gatewayRequestId = newRequestId();
		Instant sentAt = this.clock.instant();
		this.jdbc.sql("""
				update payment_refund_request set gateway_request_id = ?, attempts = attempts + 1, sent_at = ?
				where id = ? and status = 'SENDING'""")
			.params(gatewayRequestId, java.sql.Timestamp.from(sentAt), requestId)
			.update();
		PaymentProvider.GatewayAnswer answer = this.gateway.refund(new PaymentProvider.RefundOrder(gatewayRequestId,
				ask.orderRef(), ask.providerRef(), ask.orderCreatedAt(), ask.amountVnd(), ask.full(),
				"Hoan tien ho so " + ask.reference() + ": " + ask.reason(), ask.requestedBy(), sentAt));
		String status;
		PaymentProvider.Problem problem = answer.problem();
		if (answer.accepted() && (answer.amountVnd() == null || answer.amountVnd() == ask.amountVnd())) {
			status = "DONE";
		}
		else if (answer.accepted()) {
			// the gateway confirmed another amount than the one asked
			status = "UNCONFIRMED";
			problem = PaymentProvider.Problem.MISMATCH;
		}
		else if (answer.verified() && !"94".equals(answer.responseCode())) {
			// a signed refusal; 94 (a refund of this payment is already being processed)
			// is not one: the money may be on its way
			status = "REFUSED";
		}
		else {
			status = "UNCONFIRMED";
		}
		recordCall("refund", gatewayRequestId, ask.orderRef(), answer, status);
		return finish(ask, answer, status, problem);
	}

	/**
	 * Before a refund whose outcome is unknown is sent again, asks the gateway about the
	 * order (querydr): it reports the order's latest refund, so a refund of this amount
	 * that the gateway made (though its answer was lost or could not be trusted) and that
	 * is not recorded yet is recorded now instead of being made twice. Without a
	 * trustworthy answer, nothing is sent.
	 */
	private @Nullable RefundView madeEarlier(long requestId) {
		RefundAsk ask = ask(requestId);
		String queryId = newRequestId();
		PaymentProvider.GatewayAnswer answer = this.gateway.query(new PaymentProvider.OrderQuery(queryId,
				ask.orderRef(), ask.orderCreatedAt(), "Kiem tra hoan tien " + ask.orderRef(), this.clock.instant()));
		if (!answer.verified()) {
			recordCall("querydr", queryId, ask.orderRef(), answer, "UNCONFIRMED");
			return finish(ask, answer, "UNCONFIRMED", answer.problem());
		}
		boolean refund = "02".equals(answer.transactionType()) || "03".equals(answer.transactionType());
		boolean made = "00".equals(answer.responseCode()) && refund && answer.amountVnd() != null
				&& answer.amountVnd() == ask.amountVnd() && answer.providerRef() != null
				&& List.of("00", "05", "06").contains(String.valueOf(answer.transactionStatus()))
				&& this.jdbc.sql("select count(*) from payment_refund where transaction_id = ? and gateway_ref = ?")
					.params(ask.transactionId(), answer.providerRef())
					.query(Long.class)
					.single() == 0;
		recordCall("querydr", queryId, ask.orderRef(), answer, made ? "DONE" : "NOT_FOUND");
		return made ? finish(ask, answer, "DONE", null) : null;
	}

	/**
	 * Records the outcome of a refund request: a refund made when DONE; the refusal or
	 * the problem otherwise, thrown as the {@link DomainException} the officer sees.
	 */
	private RefundView finish(RefundAsk ask, PaymentProvider.GatewayAnswer answer, String status,
			PaymentProvider.@Nullable Problem problem) {
		RefundView done = this.transactions.execute((tx) -> {
			PayableView payable = lock(ask.payableId());
			Instant now = this.clock.instant();
			RefundView refund = null;
			if ("DONE".equals(status)) {
				refund = record(payable, transaction(ask.transactionId()), ask.amountVnd(), ask.reason(),
						ask.requestedBy(), answer.providerRef(), now);
			}
			this.jdbc.sql("""
					update payment_refund_request set status = ?, response_code = ?, transaction_status = ?,
					  gateway_ref = ?, problem = ?, detail = ?, refund_id = ?, answered_at = ?
					where id = ? and status = 'SENDING'""")
				.params(status, answer.responseCode(), answer.transactionStatus(),
						answer.verified() ? answer.providerRef() : null, (problem != null) ? problem.name() : null,
						abbreviate(answer.detail()), (refund != null) ? refund.id() : null,
						java.sql.Timestamp.from(now), ask.id())
				.update();
			return refund;
		});
		if (done != null) {
			return done;
		}
		if ("REFUSED".equals(status)) {
			throw DomainException.unprocessable("payment.refund.refused", null, answer.responseCode(),
					new DefaultMessageSourceResolvable(new String[] {
							"payment.vnpay.refund-code." + answer.responseCode(), "payment.vnpay.refund-code.other" },
							answer.responseCode()));
		}
		String problemName = (problem != null) ? problem.name() : "PROCESSING";
		throw DomainException.conflict("payment.refund.unconfirmed", null, new DefaultMessageSourceResolvable(
				new String[] { "payment.gateway-problem." + problemName }, problemName));
	}

	private RefundAsk ask(long requestId) {
		return this.jdbc.sql("""
				select r.id, r.transaction_id, r.payable_id, r.amount_vnd, r.full_refund, r.reason, r.requested_by,
				  t.order_ref, t.provider_ref, o.created_at, p.reference
				from payment_refund_request r join payment_transaction t on t.id = r.transaction_id
				join payment_online_order o on o.txn_ref = t.order_ref join payment_payable p on p.id = r.payable_id
				where r.id = ?""")
			.param(requestId)
			.query((rs, n) -> new RefundAsk(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
					rs.getTimestamp(10).toInstant(), rs.getString(11)))
			.single();
	}

	/**
	 * Records a refund made, updates the payable and publishes {@link PaymentRefunded}.
	 */
	private RefundView record(PayableView payable, TransactionView tx, long amountVnd, String why, String by,
			@Nullable String gatewayRef, Instant now) {
		long refundId = this.jdbc.sql("""
				insert into payment_refund (transaction_id, payable_id, amount_vnd, reason, refunded_by,
				  desk_agency_code, refunded_at, gateway_ref) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(tx.id(), payable.id(), amountVnd, why, by, payable.deskAgencyCode(), java.sql.Timestamp.from(now),
					gatewayRef)
			.query(Long.class)
			.single();
		long refunded = payable.refundedVnd() + amountVnd;
		this.jdbc.sql("update payment_payable set refunded_vnd = ?, status = ? where id = ?")
			.params(refunded, (refunded >= payable.paidVnd()) ? PayableStatus.REFUNDED.name() : payable.status().name(),
					payable.id())
			.update();
		this.events.publishEvent(new PaymentRefunded(payable.reference(), payable.id(), refundId, amountVnd,
				tx.receiptNumber(), why, by, now));
		return new RefundView(refundId, tx.id(), amountVnd, why, by, now);
	}

	/** What refund requests still in the air hold of a payment. */
	private long held(long transactionId) {
		return this.jdbc.sql("""
				select coalesce(sum(amount_vnd), 0) from payment_refund_request
				where transaction_id = ? and status in ('SENDING', 'UNCONFIRMED')""")
			.param(transactionId)
			.query(Long.class)
			.single();
	}

	private record RefundStep(@Nullable RefundView done, @Nullable Long requestId) {

	}

	private record RefundAsk(long id, long transactionId, long payableId, long amountVnd, boolean full, String reason,
			String requestedBy, String orderRef, @Nullable String providerRef, Instant orderCreatedAt,
			String reference) {

	}

	// ------------------------------------------------------------ orders without IPN

	/** What asking the gateway about an order came to. */
	public enum QueryOutcome {

		/** The gateway says it was paid: credited now. */
		CREDITED,
		/** Paid, and already credited (the IPN came meanwhile). */
		ALREADY_CREDITED,
		/** The gateway says it was paid another amount: not credited, to be looked at. */
		AMOUNT_MISMATCH,
		/** The gateway says the payment failed. */
		FAILED,
		/** The payer never paid and the order's time is over. */
		EXPIRED,
		/** Not paid yet, or not known to the gateway yet. */
		PENDING,
		/**
		 * A state a person must look at (reversed, suspected fraud, refund in progress…).
		 */
		NEEDS_REVIEW,
		/** The gateway answered with an error code. */
		GATEWAY_ERROR,
		/** No answer that can be trusted. */
		UNVERIFIED,
		/** Nothing asked: the order is no longer pending, or was asked about just now. */
		NOT_ASKED

	}

	/**
	 * Asks the gateway about an order still pending (querydr) and acts on a verified
	 * answer: a payment the gateway confirms is credited through the same path as the
	 * IPN, so it counts once whatever arrives first. The order is claimed first
	 * ({@code last_queried_at}), so that nodes do not ask about it at once and an order
	 * is asked about at most once per {@code minInterval}.
	 * @param lifetime how long the payer had to pay: a pending order older than that
	 * which the gateway does not know, or knows as unfinished, has expired
	 */
	public QueryOutcome queryOrder(String txnRef, Instant now, Duration minInterval, Duration lifetime) {
		int claimed = this.jdbc.sql("""
				update payment_online_order set last_queried_at = ?, queries = queries + 1
				where txn_ref = ? and status = 'PENDING' and (last_queried_at is null or last_queried_at <= ?)""")
			.params(java.sql.Timestamp.from(now), txnRef, java.sql.Timestamp.from(now.minus(minInterval)))
			.update();
		if (claimed == 0) {
			return QueryOutcome.NOT_ASKED;
		}
		OnlineOrder order = order(txnRef).orElseThrow();
		String requestId = newRequestId();
		PaymentProvider.GatewayAnswer answer = this.gateway.query(new PaymentProvider.OrderQuery(requestId, txnRef,
				order.createdAt(), "Truy van giao dich " + txnRef, now));
		boolean expired = order.createdAt().plus(lifetime).isBefore(now);
		QueryOutcome outcome = apply(order, answer, expired, now);
		recordCall("querydr", requestId, txnRef, answer, outcome.name());
		this.jdbc.sql("update payment_online_order set query_outcome = ? where txn_ref = ?")
			.params(outcome.name(), txnRef)
			.update();
		return outcome;
	}

	private QueryOutcome apply(OnlineOrder order, PaymentProvider.GatewayAnswer answer, boolean expired, Instant now) {
		if (!answer.verified()) {
			return QueryOutcome.UNVERIFIED;
		}
		String code = answer.responseCode();
		if ("91".equals(code)) {
			// the gateway has no such transaction: the payer never got to pay
			return expired ? close(order, "EXPIRED", code, now) : QueryOutcome.PENDING;
		}
		if (!"00".equals(code)) {
			return QueryOutcome.GATEWAY_ERROR;
		}
		String status = (answer.transactionStatus() != null) ? answer.transactionStatus() : "";
		String type = answer.transactionType();
		if ("00".equals(status) && (type == null || "01".equals(type))) {
			PaymentProvider.Callback paid = new PaymentProvider.Callback(true, order.txnRef(), answer.amountVnd(),
					answer.providerRef(), true, "00", answer.bankCode());
			IpnAnswer settled = inTransaction(() -> settle(paid));
			return switch (settled.RspCode()) {
				case "00" -> QueryOutcome.CREDITED;
				case "02" -> QueryOutcome.ALREADY_CREDITED;
				case "04" -> QueryOutcome.AMOUNT_MISMATCH;
				default -> QueryOutcome.GATEWAY_ERROR;
			};
		}
		return switch (status) {
			case "02" -> close(order, "FAILED", status, now);
			case "01" -> expired ? close(order, "EXPIRED", status, now) : QueryOutcome.PENDING;
			default -> QueryOutcome.NEEDS_REVIEW;
		};
	}

	private QueryOutcome close(OnlineOrder order, String status, @Nullable String code, Instant now) {
		return inTransaction(() -> {
			lock(order.payableId());
			int closed = this.jdbc.sql("""
					update payment_online_order set status = ?, completed_at = ?, response_code = ?
					where txn_ref = ? and status = 'PENDING'""")
				.params(status, java.sql.Timestamp.from(now), code, order.txnRef())
				.update();
			return (closed == 1) ? QueryOutcome.valueOf(status) : QueryOutcome.NOT_ASKED;
		});
	}

	/** Whether the actor may see the payable of an online order. */
	public void requireOrderVisible(String txnRef, PaymentActor actor) {
		OnlineOrder order = order(txnRef).orElseThrow(() -> DomainException.notFound("payment.order-unknown", txnRef));
		PayableView payable = findById(order.payableId()).orElseThrow();
		if (!actor.staff()) {
			throw DomainException.forbidden("payment.out-of-scope");
		}
		requireVisible(payable, actor);
	}

	private void recordCall(String command, String requestId, String txnRef, PaymentProvider.GatewayAnswer answer,
			String outcome) {
		this.jdbc.sql("""
				insert into payment_gateway_call (provider, command, request_id, txn_ref, problem, response_code,
				  transaction_status, outcome, detail, called_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(this.gateway.name(), command, requestId, txnRef,
					(answer.problem() != null) ? answer.problem().name() : null, answer.responseCode(),
					answer.transactionStatus(), outcome, abbreviate(answer.detail()),
					java.sql.Timestamp.from(this.clock.instant()))
			.update();
	}

	/** A request identifier for the gateway: 32 letters and digits, unique. */
	private static String newRequestId() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	private static String abbreviate(String text) {
		return (text.length() > 500) ? text.substring(0, 499) + "…" : text;
	}

	// ------------------------------------------------------------ internals

	private long credit(PayableView payable, String provider, @Nullable String providerRef, @Nullable String orderRef,
			long amount, @Nullable String collectedBy, @Nullable String bankCode, boolean cash) {
		Instant now = this.clock.instant();
		String receipt = nextReceiptNumber(payable.deskAgencyCode(), now);
		String ref = (providerRef != null) ? providerRef : receipt;
		long txId = this.jdbc.sql("""
				insert into payment_transaction (payable_id, provider, provider_ref, order_ref, amount_vnd,
				  receipt_number, desk_agency_code, collected_by, bank_code, occurred_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(payable.id(), provider, ref, orderRef, amount, receipt, payable.deskAgencyCode(), collectedBy,
					bankCode, java.sql.Timestamp.from(now))
			.query(Long.class)
			.single();
		long paid = payable.paidVnd() + amount;
		boolean completes = payable.status() == PayableStatus.DUE && paid >= payable.amountVnd();
		this.jdbc.sql("update payment_payable set paid_vnd = ?, status = ?, paid_at = ? where id = ?")
			.params(paid, completes ? PayableStatus.PAID.name() : payable.status().name(),
					completes ? java.sql.Timestamp.from(now)
							: (payable.paidAt() != null ? java.sql.Timestamp.from(payable.paidAt()) : null),
					payable.id())
			.update();
		if (completes) {
			this.events.publishEvent(new PaymentCompleted(payable.reference(), payable.id(), payable.amountVnd(), paid,
					provider, receipt,
					(collectedBy != null) ? collectedBy : provider.toLowerCase(java.util.Locale.ROOT), now));
		}
		return txId;
	}

	private boolean exists(String provider, @Nullable String providerRef) {
		return this.jdbc.sql("select count(*) from payment_transaction where provider = ? and provider_ref = ?")
			.params(provider, providerRef)
			.query(Long.class)
			.single() > 0;
	}

	/** {@code <desk>-<year>-<number>}, numbered without gaps per counter and year. */
	private String nextReceiptNumber(String desk, Instant now) {
		int year = LocalDate.ofInstant(now, Deadlines.VIETNAM).getYear();
		int number = this.jdbc.sql("""
				insert into payment_receipt_counter (desk_agency_code, year, last_number) values (?, ?, 1)
				on conflict (desk_agency_code, year)
				do update set last_number = payment_receipt_counter.last_number + 1 returning last_number""")
			.params(desk, year)
			.query(Integer.class)
			.single();
		return String.format(java.util.Locale.ROOT, "%s-%d-%06d", desk, year, number);
	}

	private PayableView lock(long payableId) {
		this.jdbc.sql("select id from payment_payable where id = ? for update")
			.param(payableId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> DomainException.notFound("payment.unknown", payableId));
		return view(payableId);
	}

	private void requireVisible(PayableView payable, PaymentActor actor) {
		if (actor.staff()) {
			if (inScope(actor, payable.deskAgencyCode()) || inScope(actor, payable.agencyCode())) {
				return;
			}
		}
		else if (actor.accountId() != null && actor.accountId().equals(payable.payerAccountId())) {
			return;
		}
		throw DomainException.forbidden("payment.out-of-scope");
	}

	private void requireCashier(PayableView payable, PaymentActor actor) {
		if (!actor.staff() || !actor.hasRole(Role.ONE_STOP_OFFICER)) {
			throw DomainException.forbidden("payment.cashier-only");
		}
		if (!inScope(actor, payable.deskAgencyCode()) && !inScope(actor, payable.agencyCode())) {
			throw DomainException.forbidden("payment.out-of-scope");
		}
	}

	boolean inScope(PaymentActor actor, String agencyCode) {
		String own = actor.agencyCode();
		if (!actor.staff() || own == null) {
			return false;
		}
		return own.equals(agencyCode)
				|| (actor.includesSubAgencies() && this.agencies.withDescendants(own).contains(agencyCode));
	}

	private Optional<OnlineOrder> order(String txnRef) {
		return this.jdbc.sql("""
				select txn_ref, payable_id, amount_vnd, status, return_path, created_at from payment_online_order
				where txn_ref = ?""")
			.param(txnRef)
			.query((rs, n) -> new OnlineOrder(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant()))
			.optional();
	}

	private record OnlineOrder(String txnRef, long payableId, long amountVnd, String status,
			@Nullable String returnPath, Instant createdAt) {

	}

	TransactionView transaction(long id) {
		return this.jdbc.sql(TX_SELECT + " where t.id = ?").param(id).query(PaymentLedger::tx).single();
	}

	static final String TX_SELECT = """
			select t.id, t.provider, t.provider_ref, t.order_ref, t.amount_vnd, t.receipt_number,
			  t.desk_agency_code, t.collected_by, t.occurred_at,
			  coalesce((select sum(r.amount_vnd) from payment_refund r where r.transaction_id = t.id), 0) refunded
			from payment_transaction t""";

	static TransactionView tx(ResultSet rs, int n) throws SQLException {
		return new TransactionView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
				rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(), rs.getLong(10));
	}

	PayableView view(long id) {
		List<LineView> lines = this.jdbc.sql("""
				select fee_index, kind, description, quantity, scheduled_unit_vnd, unit_vnd, amount_vnd, exemption,
				  legal_reason from payment_fee_line where payable_id = ? order by line_no""")
			.param(id)
			.query((rs, n) -> new LineView(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					(Long) rs.getObject(5, Long.class), rs.getLong(6), rs.getLong(7), rs.getString(8), rs.getString(9)))
			.list();
		List<TransactionView> txs = this.jdbc.sql(TX_SELECT + " where t.payable_id = ? order by t.id")
			.param(id)
			.query(PaymentLedger::tx)
			.list();
		List<RefundView> refunds = this.jdbc.sql("""
				select id, transaction_id, amount_vnd, reason, refunded_by, refunded_at from payment_refund
				where payable_id = ? order by id""")
			.param(id)
			.query((rs, n) -> new RefundView(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
		Instant stale = this.clock.instant().minus(SENDING_STALE);
		List<RefundRequestView> requests = this.jdbc.sql("""
				select id, transaction_id, amount_vnd, reason, requested_by, requested_at, status, attempts,
				  response_code, problem, answered_at, sent_at from payment_refund_request
				where payable_id = ? order by id""").param(id).query((rs, n) -> {
			String status = rs.getString(7);
			java.sql.Timestamp sent = rs.getTimestamp(12);
			boolean retryable = "UNCONFIRMED".equals(status)
					|| ("SENDING".equals(status) && sent != null && sent.toInstant().isBefore(stale));
			return new RefundRequestView(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
					rs.getTimestamp(6).toInstant(), status, rs.getInt(8), rs.getString(9), rs.getString(10),
					(rs.getTimestamp(11) != null) ? rs.getTimestamp(11).toInstant() : null, retryable);
		}).list();
		return this.jdbc.sql("""
				select id, reference, agency_code, desk_agency_code, payer_name, payer_account_id, procedure_code,
				  procedure_version, case_index, reason, amount_vnd, paid_vnd, refunded_vnd, status, requested_by,
				  requested_at, paid_at from payment_payable where id = ?""")
			.param(id)
			.query((rs, n) -> new PayableView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), (Long) rs.getObject(6, Long.class), rs.getString(7), rs.getInt(8), rs.getInt(9),
					rs.getString(10), rs.getLong(11), rs.getLong(12), rs.getLong(13),
					PayableStatus.valueOf(rs.getString(14)), rs.getString(15), rs.getTimestamp(16).toInstant(),
					(rs.getTimestamp(17) != null) ? rs.getTimestamp(17).toInstant() : null, lines, txs, refunds,
					requests))
			.single();
	}

	private <T> T inTransaction(java.util.function.Supplier<T> work) {
		T result = this.transactions.execute((status) -> work.get());
		if (result == null) {
			throw new IllegalStateException("transaction returned nothing");
		}
		return result;
	}

}

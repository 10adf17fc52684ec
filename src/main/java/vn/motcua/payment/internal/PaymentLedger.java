package vn.motcua.payment.internal;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
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
		if (!"PENDING".equals(order(order.txnRef()).map(OnlineOrder::status).orElse(""))) {
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
				where txn_ref = ? and status = 'PENDING'""")
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

	/** Refunds (part of) a payment, with a reason. */
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
		return inTransaction(() -> {
			Long payableId = this.jdbc.sql("select payable_id from payment_transaction where id = ?")
				.param(transactionId)
				.query(Long.class)
				.optional()
				.orElseThrow(() -> DomainException.notFound("payment.transaction-unknown", transactionId));
			PayableView payable = lock(payableId);
			requireCashier(payable, actor);
			TransactionView tx = transaction(transactionId);
			long refundable = tx.amountVnd() - tx.refundedVnd();
			if (amountVnd > refundable) {
				throw DomainException.unprocessable("payment.refund.too-much", "amountVnd", amountVnd, refundable);
			}
			Instant now = this.clock.instant();
			long refundId = this.jdbc.sql("""
					insert into payment_refund (transaction_id, payable_id, amount_vnd, reason, refunded_by,
					  desk_agency_code, refunded_at) values (?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(transactionId, payableId, amountVnd, why, actor.username(), payable.deskAgencyCode(),
						java.sql.Timestamp.from(now))
				.query(Long.class)
				.single();
			long refunded = payable.refundedVnd() + amountVnd;
			this.jdbc.sql("update payment_payable set refunded_vnd = ?, status = ? where id = ?")
				.params(refunded,
						(refunded >= payable.paidVnd()) ? PayableStatus.REFUNDED.name() : payable.status().name(),
						payableId)
				.update();
			this.events.publishEvent(new PaymentRefunded(payable.reference(), payableId, refundId, amountVnd,
					tx.receiptNumber(), why, actor.username(), now));
			return new RefundView(refundId, transactionId, amountVnd, why, actor.username(), now);
		});
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
				select txn_ref, payable_id, amount_vnd, status, return_path from payment_online_order
				where txn_ref = ?""")
			.param(txnRef)
			.query((rs, n) -> new OnlineOrder(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					rs.getString(5)))
			.optional();
	}

	private record OnlineOrder(String txnRef, long payableId, long amountVnd, String status,
			@Nullable String returnPath) {

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
		return this.jdbc.sql("""
				select id, reference, agency_code, desk_agency_code, payer_name, payer_account_id, procedure_code,
				  procedure_version, case_index, reason, amount_vnd, paid_vnd, refunded_vnd, status, requested_by,
				  requested_at, paid_at from payment_payable where id = ?""")
			.param(id)
			.query((rs, n) -> new PayableView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), (Long) rs.getObject(6, Long.class), rs.getString(7), rs.getInt(8), rs.getInt(9),
					rs.getString(10), rs.getLong(11), rs.getLong(12), rs.getLong(13),
					PayableStatus.valueOf(rs.getString(14)), rs.getString(15), rs.getTimestamp(16).toInstant(),
					(rs.getTimestamp(17) != null) ? rs.getTimestamp(17).toInstant() : null, lines, txs, refunds))
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

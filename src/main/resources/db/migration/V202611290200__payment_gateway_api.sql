-- Payment: the gateway's merchant API (VNPAY querydr and refund).

-- A refund of an online payment is asked of the gateway before it counts. The request is
-- kept with the gateway's answer: DONE (the gateway confirmed; the refund is in
-- payment_refund), REFUSED (the gateway said no, signed), UNCONFIRMED (no answer that can
-- be trusted: timeout, unreachable, unsigned or forged answer) or SENDING (being asked).
-- SENDING and UNCONFIRMED requests hold their amount, so that nothing is refunded twice
-- while the gateway's word is unknown.
create table payment_refund_request (
	id bigserial primary key,
	transaction_id bigint not null references payment_transaction (id),
	payable_id bigint not null references payment_payable (id),
	provider varchar(20) not null,
	amount_vnd bigint not null check (amount_vnd > 0),
	full_refund boolean not null,
	reason varchar(2000) not null,
	requested_by varchar(100) not null,
	desk_agency_code varchar(40) not null,
	status varchar(20) not null,
	attempts int not null default 0,
	gateway_request_id varchar(32),
	response_code varchar(10),
	transaction_status varchar(10),
	gateway_ref varchar(100),
	problem varchar(20),
	detail varchar(500),
	refund_id bigint references payment_refund (id),
	requested_at timestamptz not null,
	sent_at timestamptz,
	answered_at timestamptz
);
create index payment_refund_request_transaction on payment_refund_request (transaction_id);
create index payment_refund_request_payable on payment_refund_request (payable_id);

-- The gateway's number of a refund it made.
alter table payment_refund add column gateway_ref varchar(100);

-- Every call to the gateway's merchant API, with what came back: the audit trail of
-- querydr and refund.
create table payment_gateway_call (
	id bigserial primary key,
	provider varchar(20) not null,
	command varchar(20) not null,
	request_id varchar(32) not null,
	txn_ref varchar(100) not null,
	problem varchar(20),
	response_code varchar(10),
	transaction_status varchar(10),
	outcome varchar(30) not null,
	detail varchar(500),
	called_at timestamptz not null
);
create index payment_gateway_call_order on payment_gateway_call (txn_ref, called_at);

-- Orders whose IPN never came are asked about (querydr); the claim on last_queried_at
-- keeps two nodes from asking at once.
alter table payment_online_order add column last_queried_at timestamptz;
alter table payment_online_order add column queries int not null default 0;
alter table payment_online_order add column query_outcome varchar(30);
create index payment_online_order_pending on payment_online_order (created_at) where status = 'PENDING';

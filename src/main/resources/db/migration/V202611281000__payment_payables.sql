-- Payment: what is owed for a payable reference (a dossier code, for the dossier module),
-- assessed line by line from a procedure's fee schedule, and every payment and refund.
create table payment_payable (
	id bigserial primary key,
	reference varchar(80) not null,
	agency_code varchar(40) not null,
	desk_agency_code varchar(40) not null,
	payer_name varchar(300) not null,
	payer_account_id bigint,
	procedure_code varchar(20) not null,
	procedure_version int not null,
	case_index int not null,
	reason varchar(2000) not null,
	amount_vnd bigint not null check (amount_vnd > 0),
	paid_vnd bigint not null default 0 check (paid_vnd >= 0),
	refunded_vnd bigint not null default 0 check (refunded_vnd >= 0),
	status varchar(20) not null,
	requested_by varchar(100) not null,
	requested_at timestamptz not null,
	paid_at timestamptz
);
-- at most one payable still due per reference
create unique index payment_payable_due on payment_payable (reference) where status = 'DUE';
create index payment_payable_reference on payment_payable (reference, id);

create table payment_fee_line (
	payable_id bigint not null references payment_payable (id),
	line_no int not null,
	fee_index int not null,
	kind varchar(20) not null,
	description varchar(2000) not null,
	quantity int not null check (quantity > 0),
	scheduled_unit_vnd bigint,
	unit_vnd bigint not null check (unit_vnd >= 0),
	amount_vnd bigint not null check (amount_vnd >= 0),
	exemption varchar(40),
	legal_reason varchar(2000),
	primary key (payable_id, line_no)
);

-- Every payment credited to a payable: cash at a counter or an online gateway. The unique
-- key on (provider, provider_ref) is what makes crediting the same gateway transaction
-- twice impossible, whatever the callbacks do.
create table payment_transaction (
	id bigserial primary key,
	payable_id bigint not null references payment_payable (id),
	provider varchar(20) not null,
	provider_ref varchar(100) not null,
	order_ref varchar(60),
	amount_vnd bigint not null check (amount_vnd > 0),
	receipt_number varchar(80) not null unique,
	desk_agency_code varchar(40) not null,
	collected_by varchar(100),
	bank_code varchar(40),
	occurred_at timestamptz not null,
	unique (provider, provider_ref)
);
create index payment_transaction_day on payment_transaction (desk_agency_code, occurred_at);

-- An online payment started by the payer: the order reference sent to the gateway.
create table payment_online_order (
	txn_ref varchar(60) primary key,
	payable_id bigint not null references payment_payable (id),
	provider varchar(20) not null,
	amount_vnd bigint not null check (amount_vnd > 0),
	status varchar(20) not null,
	return_path varchar(300),
	created_at timestamptz not null,
	completed_at timestamptz,
	response_code varchar(10)
);
create index payment_online_order_payable on payment_online_order (payable_id);

-- Every callback from a gateway as it arrived and what we answered: the gateway side of
-- the reconciliation report.
create table payment_gateway_notice (
	id bigserial primary key,
	provider varchar(20) not null,
	txn_ref varchar(60),
	provider_ref varchar(100),
	amount_vnd bigint,
	response_code varchar(10),
	verdict varchar(10) not null,
	received_at timestamptz not null
);
create index payment_gateway_notice_time on payment_gateway_notice (received_at);

create table payment_refund (
	id bigserial primary key,
	transaction_id bigint not null references payment_transaction (id),
	payable_id bigint not null references payment_payable (id),
	amount_vnd bigint not null check (amount_vnd > 0),
	reason varchar(2000) not null,
	refunded_by varchar(100) not null,
	desk_agency_code varchar(40) not null,
	refunded_at timestamptz not null
);
create index payment_refund_day on payment_refund (desk_agency_code, refunded_at);

-- Receipt numbers run per counter (desk) and year, without gaps.
create table payment_receipt_counter (
	desk_agency_code varchar(40) not null,
	year int not null,
	last_number int not null,
	primary key (desk_agency_code, year)
);

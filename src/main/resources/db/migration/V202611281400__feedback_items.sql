-- Feedback and petitions (PAKN, Decree 20/2008 amended by 48/2013): the register.
create table feedback_item (
    id                bigserial primary key,
    code              varchar(32)  not null unique,
    channel           varchar(16)  not null,
    topic             varchar(16),
    status            varchar(16)  not null,
    title             varchar(300) not null,
    content           text         not null,
    sender_name       varchar(200) not null,
    sender_address    varchar(500),
    sender_phone      varchar(20),
    sender_email      varchar(254),
    sender_account_id bigint,
    dossier_code      varchar(60),
    procedure_code    varchar(40),
    location_address  varchar(500),
    location_lat      double precision,
    location_long     double precision,
    address_id        varchar(100),
    media_url         varchar(1000),
    received_agency   varchar(40)  not null,
    agency_code       varchar(40)  not null,
    escalated_to      varchar(40),
    source_key        varchar(100),
    received_at       timestamptz  not null,
    routed_at         timestamptz,
    forward_due_at    timestamptz  not null,
    due_at            timestamptz  not null,
    answer_due_at     timestamptz,
    legal_basis       text,
    answer            text,
    drafted_at        timestamptz,
    drafted_by        varchar(100),
    answered_at       timestamptz,
    approved_by       varchar(100),
    public_question   text,
    public_answer     text,
    reject_reason     text,
    resolved          boolean,
    resolved_at       timestamptz,
    reminded_at       timestamptz,
    overdue_at        timestamptz,
    prolonged         boolean      not null default false,
    updated_at        timestamptz  not null,
    lock_version      integer      not null default 0
);
create index feedback_item_agency on feedback_item (agency_code, status);
create index feedback_item_escalated on feedback_item (escalated_to) where escalated_to is not null;
create index feedback_item_source on feedback_item (source_key, received_at) where source_key is not null;
create index feedback_item_due on feedback_item (due_at) where status in ('RECEIVED', 'IN_PROGRESS', 'ANSWERED');
create index feedback_item_published on feedback_item (answered_at) where status = 'PUBLISHED';

create table feedback_attachment (
    feedback_id bigint not null references feedback_item (id),
    document_id uuid   not null,
    file_name   varchar(255) not null,
    primary key (feedback_id, document_id)
);

create table feedback_history (
    id          bigserial primary key,
    feedback_id bigint       not null references feedback_item (id),
    action      varchar(32)  not null,
    actor       varchar(100) not null,
    agency_code varchar(40),
    at          timestamptz  not null,
    note        text
);
create index feedback_history_item on feedback_history (feedback_id, id);

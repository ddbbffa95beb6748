-- schemac script: 3 migration(s) from the first to the last, history table schemac_history, online mode on
-- Run once, on a database that has none of these migrations; schemac migrate then skips them.
-- Each operation is under its classification: [safe], [blocking-lock], [data-dependent] or [destructive] (can lose data).
-- Statements after a commit run outside a transaction: run the file with psql (psql -v ON_ERROR_STOP=1 -f), not as one batch.
-- Statements that wait for a lock blocking writes on an existing table do so for at most 5000 ms (lock_timeout), as in migrate, which retries; a script stops instead: run it again later.

create table if not exists schemac_history (
    version varchar(50) primary key,
    description varchar(200) not null,
    checksum varchar(64) not null,
    applied_at timestamptz not null default now(),
    applied_by text not null default current_user,
    duration_ms integer not null,
    success boolean not null
);

-- Migration 10 CreateAccounts (dev.schemac.internal.migrate.fixtures.V10__CreateAccounts)
-- checksum c10
begin;
-- [safe] create table person: new table
create table person (
    id bigint not null,
    constraint person_pkey primary key (id)
);
-- [safe] create table account: new table
create table account (
    id bigint not null,
    email varchar(100),
    owner_id bigint,
    note text,
    constraint account_pkey primary key (id)
);
-- [data-dependent] execute SQL: insert into person select i from generate_series(1, 10) i: hand-written SQL: schemac cannot tell what it locks or whether the data lets it succeed
insert into person select i from generate_series(1, 10) i;
-- [data-dependent] execute SQL: insert into account select i, 'a' || i || '@example.com', 1 + i % 10 from gen...: hand-written SQL: schemac cannot tell what it locks or whether the data lets it succeed
insert into account select i, 'a' || i || '@example.com', 1 + i % 10 from generate_series(1, 1000) i;
insert into schemac_history (version, description, checksum, duration_ms, success) values ('10', 'CreateAccounts', 'c10', 0, true);
commit;

-- Migration 11 OnlineChanges (dev.schemac.internal.migrate.fixtures.V11__OnlineChanges)
-- checksum c11
begin;
set local lock_timeout = '5000ms';
-- [safe] add column account.flag: catalog change; a brief ACCESS EXCLUSIVE lock under lock_timeout
alter table account add column flag boolean;
-- [data-dependent] add foreign key account_owner_fk from account to person: added NOT VALID, validated after the commit without blocking writes; fails if a row violates it
alter table account add constraint account_owner_fk foreign key (owner_id) references person (id) not valid;
-- [data-dependent] add check constraint account_email_at on account: added NOT VALID, validated after the commit without blocking writes; fails if a row violates it
alter table account add constraint account_email_at check (email like '%@%') not valid;
-- [data-dependent] set not null on account.email: checked by a NOT VALID check validated after the commit, without blocking writes; fails if a row holds NULL
alter table account add constraint schemac_nn_email check (email is not null) not valid;
-- [safe] create table audit: new table
create table audit (
    id bigint not null,
    account_id bigint
);
-- [safe] create index audit_account_idx on audit: on a table created in this migration
create index audit_account_idx on audit (account_id);
-- [safe] add foreign key audit_account_fk from audit to account: on a table created in this migration
alter table audit add constraint audit_account_fk foreign key (account_id) references account (id);
insert into schemac_history (version, description, checksum, duration_ms, success) values ('11', 'OnlineChanges', 'c11', 0, false);
commit;
-- after the commit, each statement on its own, not in a transaction (as migrate runs them):
-- [safe] create index account_email_idx on account: built concurrently after the commit, without blocking writes
-- only if an invalid index account_email_idx is left from an interrupted build:
drop index concurrently if exists account_email_idx;
create index concurrently if not exists account_email_idx on account (email);
-- [data-dependent] add foreign key account_owner_fk from account to person: added NOT VALID, validated after the commit without blocking writes; fails if a row violates it
alter table account validate constraint account_owner_fk;
-- [data-dependent] add check constraint account_email_at on account: added NOT VALID, validated after the commit without blocking writes; fails if a row violates it
alter table account validate constraint account_email_at;
-- [data-dependent] set not null on account.email: checked by a NOT VALID check validated after the commit, without blocking writes; fails if a row holds NULL
-- only while the check schemac_nn_email exists:
alter table account validate constraint schemac_nn_email;
begin;
set local lock_timeout = '5000ms';
alter table account alter column email set not null;
alter table account drop constraint if exists schemac_nn_email;
commit;
update schemac_history set success = true where version = '11' and not success;

-- Migration 15 UniqueEmailConstraint (dev.schemac.internal.migrate.fixtures.V15__UniqueEmailConstraint)
-- checksum c15
begin;
insert into schemac_history (version, description, checksum, duration_ms, success) values ('15', 'UniqueEmailConstraint', 'c15', 0, false);
commit;
-- after the commit, each statement on its own, not in a transaction (as migrate runs them):
-- [data-dependent] add unique constraint account_email_key on account [email]: its unique index built concurrently after the commit, then attached as the constraint; fails on duplicate values
-- only if an invalid index account_email_key is left from an interrupted build:
drop index concurrently if exists account_email_key;
create unique index concurrently if not exists account_email_key on account (email);
-- only if the constraint does not exist yet:
begin;
set local lock_timeout = '5000ms';
alter table account add constraint account_email_key unique using index account_email_key;
commit;
update schemac_history set success = true where version = '15' and not success;

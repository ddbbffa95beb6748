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

begin;
set local lock_timeout = '5000ms';
-- [safe] add column account.flag: catalog change; a brief ACCESS EXCLUSIVE lock under lock_timeout
alter table account add column flag boolean;
-- [blocking-lock] create index account_email_idx on account: builds the index while blocking writes (online mode off)
create index account_email_idx on account (email);
-- [blocking-lock] add foreign key account_owner_fk from account to person: validates every row while holding a lock that blocks writes (online mode off); fails if a row violates it
alter table account add constraint account_owner_fk foreign key (owner_id) references person (id);
-- [blocking-lock] add check constraint account_email_at on account: validates every row while holding a lock that blocks writes (online mode off); fails if a row violates it
alter table account add constraint account_email_at check (email like '%@%');
-- [blocking-lock] set not null on account.email: scans the table under ACCESS EXCLUSIVE (online mode off); fails if a row holds NULL
alter table account alter column email set not null;
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

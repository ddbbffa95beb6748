-- schemac idempotent script: 3 migration(s) from the first to the last, history table schemac_history, online mode on
-- Each part runs only if the history table does not record it as done; safe to run again.
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
do $schemac$
begin
    if exists (select 1 from schemac_history where version = '10') then
        raise notice 'schemac: migration % is recorded already, its transaction skipped', '10';
        return;
    end if;
    -- [safe] create table person: new table
    execute $schemac_sql$create table person (
    id bigint not null,
    constraint person_pkey primary key (id)
)$schemac_sql$;
    -- [safe] create table account: new table
    execute $schemac_sql$create table account (
    id bigint not null,
    email varchar(100),
    owner_id bigint,
    note text,
    constraint account_pkey primary key (id)
)$schemac_sql$;
    -- [data-dependent] execute SQL: insert into person select i from generate_series(1, 10) i: hand-written SQL: schemac cannot tell what it locks or whether the data lets it succeed
    execute $schemac_sql$insert into person select i from generate_series(1, 10) i$schemac_sql$;
    -- [data-dependent] execute SQL: insert into account select i, 'a' || i || '@example.com', 1 + i % 10 from gen...: hand-written SQL: schemac cannot tell what it locks or whether the data lets it succeed
    execute $schemac_sql$insert into account select i, 'a' || i || '@example.com', 1 + i % 10 from generate_series(1, 1000) i$schemac_sql$;
    insert into schemac_history (version, description, checksum, duration_ms, success) values ('10', 'CreateAccounts', 'c10', 0, true);
end
$schemac$;

-- Migration 11 OnlineChanges (dev.schemac.internal.migrate.fixtures.V11__OnlineChanges)
-- checksum c11
do $schemac$
begin
    if exists (select 1 from schemac_history where version = '11') then
        raise notice 'schemac: migration % is recorded already, its transaction skipped', '11';
        return;
    end if;
    execute $schemac_sql$set local lock_timeout = '5000ms'$schemac_sql$;
    -- [safe] add column account.flag: catalog change; a brief ACCESS EXCLUSIVE lock under lock_timeout
    execute $schemac_sql$alter table account add column flag boolean$schemac_sql$;
    -- [data-dependent] add foreign key account_owner_fk from account to person: added NOT VALID, validated after the commit without blocking writes; fails if a row violates it
    execute $schemac_sql$alter table account add constraint account_owner_fk foreign key (owner_id) references person (id) not valid$schemac_sql$;
    -- [data-dependent] add check constraint account_email_at on account: added NOT VALID, validated after the commit without blocking writes; fails if a row violates it
    execute $schemac_sql$alter table account add constraint account_email_at check (email like '%@%') not valid$schemac_sql$;
    -- [data-dependent] set not null on account.email: checked by a NOT VALID check validated after the commit, without blocking writes; fails if a row holds NULL
    execute $schemac_sql$alter table account add constraint schemac_nn_email check (email is not null) not valid$schemac_sql$;
    -- [safe] create table audit: new table
    execute $schemac_sql$create table audit (
    id bigint not null,
    account_id bigint
)$schemac_sql$;
    -- [safe] create index audit_account_idx on audit: on a table created in this migration
    execute $schemac_sql$create index audit_account_idx on audit (account_id)$schemac_sql$;
    -- [safe] add foreign key audit_account_fk from audit to account: on a table created in this migration
    execute $schemac_sql$alter table audit add constraint audit_account_fk foreign key (account_id) references account (id)$schemac_sql$;
    insert into schemac_history (version, description, checksum, duration_ms, success) values ('11', 'OnlineChanges', 'c11', 0, false);
end
$schemac$;
-- after the commit, each statement on its own, not in a transaction (as migrate runs them):
-- [safe] create index account_email_idx on account: built concurrently after the commit, without blocking writes
do $schemac$
begin
    if exists (select 1 from schemac_history where version = '11' and not success) and exists (select 1 from pg_index where indexrelid = to_regclass('account_email_idx') and not indisvalid) then
        execute $schemac_sql$set local lock_timeout = '5000ms'$schemac_sql$;
        execute $schemac_sql$drop index if exists account_email_idx$schemac_sql$;
    end if;
end
$schemac$;
create index concurrently if not exists account_email_idx on account (email);
-- [data-dependent] add foreign key account_owner_fk from account to person: added NOT VALID, validated after the commit without blocking writes; fails if a row violates it
do $schemac$
begin
    if exists (select 1 from schemac_history where version = '11' and not success) then
        execute $schemac_sql$alter table account validate constraint account_owner_fk$schemac_sql$;
    end if;
end
$schemac$;
-- [data-dependent] add check constraint account_email_at on account: added NOT VALID, validated after the commit without blocking writes; fails if a row violates it
do $schemac$
begin
    if exists (select 1 from schemac_history where version = '11' and not success) then
        execute $schemac_sql$alter table account validate constraint account_email_at$schemac_sql$;
    end if;
end
$schemac$;
-- [data-dependent] set not null on account.email: checked by a NOT VALID check validated after the commit, without blocking writes; fails if a row holds NULL
do $schemac$
begin
    if exists (select 1 from schemac_history where version = '11' and not success) and exists (select 1 from pg_constraint where conrelid = to_regclass('account') and conname = 'schemac_nn_email') then
        execute $schemac_sql$alter table account validate constraint schemac_nn_email$schemac_sql$;
    end if;
end
$schemac$;
do $schemac$
begin
    if exists (select 1 from schemac_history where version = '11' and not success) then
        execute $schemac_sql$set local lock_timeout = '5000ms'$schemac_sql$;
        execute $schemac_sql$alter table account alter column email set not null$schemac_sql$;
        execute $schemac_sql$alter table account drop constraint if exists schemac_nn_email$schemac_sql$;
    end if;
end
$schemac$;
update schemac_history set success = true where version = '11' and not success;

-- Migration 15 UniqueEmailConstraint (dev.schemac.internal.migrate.fixtures.V15__UniqueEmailConstraint)
-- checksum c15
do $schemac$
begin
    if exists (select 1 from schemac_history where version = '15') then
        raise notice 'schemac: migration % is recorded already, its transaction skipped', '15';
        return;
    end if;
    insert into schemac_history (version, description, checksum, duration_ms, success) values ('15', 'UniqueEmailConstraint', 'c15', 0, false);
end
$schemac$;
-- after the commit, each statement on its own, not in a transaction (as migrate runs them):
-- [data-dependent] add unique constraint account_email_key on account [email]: its unique index built concurrently after the commit, then attached as the constraint; fails on duplicate values
do $schemac$
begin
    if exists (select 1 from schemac_history where version = '15' and not success) and not exists (select 1 from pg_constraint where conrelid = to_regclass('account') and conname = 'account_email_key') and exists (select 1 from pg_index where indexrelid = to_regclass('account_email_key') and not indisvalid) then
        execute $schemac_sql$set local lock_timeout = '5000ms'$schemac_sql$;
        execute $schemac_sql$drop index if exists account_email_key$schemac_sql$;
    end if;
end
$schemac$;
create unique index concurrently if not exists account_email_key on account (email);
do $schemac$
begin
    if exists (select 1 from schemac_history where version = '15' and not success) and not exists (select 1 from pg_constraint where conrelid = to_regclass('account') and conname = 'account_email_key') then
        execute $schemac_sql$set local lock_timeout = '5000ms'$schemac_sql$;
        execute $schemac_sql$alter table account add constraint account_email_key unique using index account_email_key$schemac_sql$;
    end if;
end
$schemac$;
update schemac_history set success = true where version = '15' and not success;

-- The audit trail names whose data was read or changed, and refuses every change to a recorded row.
-- H2 version; db/vendor/postgresql/V11__audit_append_only.sql is the PostgreSQL one (same columns and indexes,
-- the guard written as a PL/pgSQL trigger). Flyway reads db/vendor/{vendor}, so each database runs only its own.

-- Whose data: the family the event concerns, when there is one. No foreign key on purpose: the trail
-- must outlive a family record that retention later removes.
alter table audit_event add column family_id bigint;
create index audit_event_family_idx on audit_event (family_id, id);
create index audit_event_actor_idx on audit_event (actor, id);
create index audit_event_action_idx on audit_event (action, id);

-- Append-only: any UPDATE or DELETE of a row fails, whoever sends it (application, console, script).
create trigger audit_event_append_only before update, delete on audit_event for each row
    call 'org.familyvoice.base.audit.AppendOnlyTrigger';

-- H2 fires no trigger on TRUNCATE, but refuses to truncate a table that a foreign key refers to: this
-- otherwise empty table is that reference.
create table audit_event_truncate_guard (
    audit_event_id bigint references audit_event (id)
);

-- The audit trail names whose data was read or changed, and refuses every change to a recorded row.
-- PostgreSQL version; db/vendor/h2/V11__audit_append_only.sql is the H2 one (same columns and indexes,
-- the guard written as a Java trigger). Flyway reads db/vendor/{vendor}, so each database runs only its own.

-- Whose data: the family the event concerns, when there is one. No foreign key on purpose: the trail
-- must outlive a family record that retention later removes.
alter table audit_event add column family_id bigint;
create index audit_event_family_idx on audit_event (family_id, id);
create index audit_event_actor_idx on audit_event (actor, id);
create index audit_event_action_idx on audit_event (action, id);

-- Append-only: any UPDATE, DELETE or TRUNCATE fails, whoever sends it (application, psql, script).
-- Anonymising old rows for retention would need a deliberate, audited procedure run by the table's owner
-- (disable trigger, change, enable, in one transaction), never application code.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = '42501';
end
$$;

create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

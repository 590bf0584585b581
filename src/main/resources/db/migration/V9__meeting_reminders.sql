-- Issue #4, reminders: which invited family member has been reminded about which meeting. The row is inserted in
-- the same transaction as the reminder's notification, and the primary key lets only one of several app nodes (or
-- re-runs) record it, so each person is reminded once per meeting. Runs unchanged on H2 (MODE=PostgreSQL) and
-- PostgreSQL.

create table meeting_reminder (
    meeting_id bigint not null references meeting (id),
    user_id    bigint not null references app_user (id),
    sent_at    timestamp with time zone not null,
    constraint meeting_reminder_once primary key (meeting_id, user_id)
);
create index meeting_reminder_user_idx on meeting_reminder (user_id);

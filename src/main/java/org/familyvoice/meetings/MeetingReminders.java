package org.familyvoice.meetings;

import org.familyvoice.base.UserId;
import org.familyvoice.notifications.NotificationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Reminds invited family members to say what they want to talk about. A member is reminded once per meeting when
 * the meeting is going ahead, its agenda is not published, the family can still add items (before
 * {@code familyvoice.meetings.contributions-close-days-before}), it starts within
 * {@code familyvoice.meetings.reminders.days-before} days, and they have an active account and no item for it yet.
 * The reminder is an in-app notification (e-mailed through the outbox to those who gave an address) with a link to
 * the meeting.
 * <p>
 * Exactly once, with several nodes and on every re-run: each reminder is recorded in {@code meeting_reminder}
 * (unique per meeting and person) in the same transaction as its notification. Two nodes racing for the same
 * reminder both try to insert the row; the database lets one commit and refuses the other, whose notification
 * rolls back with it.
 */
@Component
public class MeetingReminders {

    private static final Logger log = LoggerFactory.getLogger(MeetingReminders.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter CLOSES = DateTimeFormatter.ofPattern("HH:mm 'on' EEEE d MMMM", Locale.UK);

    private final JdbcClient jdbc;
    private final NotificationService notifications;
    private final TransactionTemplate transaction;
    private final MeetingSettings meetingSettings;
    private final ReminderSettings settings;
    private final Clock clock;

    MeetingReminders(JdbcClient jdbc, NotificationService notifications, PlatformTransactionManager transactions,
                     MeetingSettings meetingSettings, ReminderSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.transaction = new TransactionTemplate(transactions);
        this.meetingSettings = meetingSettings;
        this.settings = settings;
        this.clock = clock;
    }

    private record Due(long meetingId, Instant startsAt, long userId) {
    }

    /**
     * One look: sends the reminders that are due now and not sent yet.
     *
     * @return how many this call sent
     */
    public int sendDue() {
        Instant now = clock.instant();
        Duration closeBefore = Duration.ofDays(meetingSettings.contributionsCloseDaysBefore());
        // still open: now < starts − close, i.e. starts > now + close; soon: starts <= now + days-before
        List<Due> due = jdbc.sql("""
                        select m.id as meeting_id, m.starts_at, fm.user_id
                        from meeting m
                        join meeting_attendee a on a.meeting_id = m.id
                        join family_member fm on fm.id = a.family_member_id and fm.family_id = m.family_id
                        join app_user u on u.id = fm.user_id and u.active = true
                        where m.status = 'SCHEDULED' and m.agenda_published_at is null
                          and m.starts_at > :openUntil and m.starts_at <= :soon
                          and not exists (select 1 from meeting_contribution c where c.meeting_id = m.id
                                          and c.author_user_id = fm.user_id and c.status = 'ACTIVE')
                          and not exists (select 1 from meeting_reminder r where r.meeting_id = m.id
                                          and r.user_id = fm.user_id)
                        order by m.starts_at, m.id, fm.user_id""")
                .param("openUntil", Timestamp.from(now.plus(closeBefore)))
                .param("soon", Timestamp.from(now.plus(Duration.ofDays(settings.daysBefore()))))
                .query((rs, n) -> new Due(rs.getLong("meeting_id"), rs.getTimestamp("starts_at").toInstant(),
                        rs.getLong("user_id")))
                .list();
        int sent = 0;
        for (Due d : due) {
            if (remind(d, now, closeBefore)) {
                sent++;
            }
        }
        if (sent > 0) {
            log.info("Sent {} meeting reminder(s)", sent);
        }
        return sent;
    }

    /** Records and sends one reminder in one transaction; false when another run or node already did. */
    private boolean remind(Due d, Instant now, Duration closeBefore) {
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.sql("insert into meeting_reminder (meeting_id, user_id, sent_at) values (:m, :u, :at)")
                        .param("m", d.meetingId())
                        .param("u", d.userId())
                        .param("at", Timestamp.from(now))
                        .update();
                var zone = meetingSettings.zone();
                notifications.send(new UserId(d.userId()), "notification.meeting-reminder",
                        List.of(DAY.withZone(zone).format(d.startsAt()),
                                CLOSES.withZone(zone).format(d.startsAt().minus(closeBefore))),
                        "meetings/" + d.meetingId());
            });
            return true;
        } catch (DataIntegrityViolationException alreadySent) {
            return false; // another node (or a run just before) recorded it first
        } catch (DataAccessException e) {
            // e.g. a lock timeout while another node held the same reminder: it is sent there or on the next look
            log.warn("Meeting reminder for meeting {} not sent now: {}", d.meetingId(), e.toString());
            return false;
        }
    }
}

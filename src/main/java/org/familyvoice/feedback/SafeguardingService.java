package org.familyvoice.feedback;

import org.familyvoice.base.FamilyId;
import org.familyvoice.base.Roles;
import org.familyvoice.base.StorableText;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.base.security.FamilyVoiceUser;
import org.familyvoice.feedback.repository.AlertRepository;
import org.familyvoice.feedback.repository.AlertRow;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Screens free text as it is saved and keeps the duty queue of possible disclosures. Raising an alert joins
 * the transaction that saves the text, so the text and its alert are stored together or not at all: a
 * possible disclosure is never saved without its alert. Managers and the practitioners on the duty rota see
 * and work their team's queue and alerts that have no team (anonymous text); every look and every step is
 * audited.
 */
@Service
public class SafeguardingService {

    private static final int MAX_ACTION = 4000;

    private final DisclosureScreener screener;
    private final ResponseDeadlines deadlines;
    private final AlertRepository alerts;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final JdbcClient jdbc;

    SafeguardingService(DisclosureScreener screener, ResponseDeadlines deadlines, AlertRepository alerts,
                        CurrentUser currentUser, AuditLog audit, Clock clock, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.screener = screener;
        this.deadlines = deadlines;
        this.alerts = alerts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Screens a text that a feature is saving and, when it shows a possible disclosure, raises an alert in the
     * same transaction. Features call this for every free text from every source; it needs no particular role
     * (anonymous feedback is screened too) because it only ever adds to the duty queue.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Screening screenAndRaise(TextToScreen text) {
        Screening screening = screener.screen(text.text());
        if (!screening.flagged()) {
            return screening;
        }
        Instant now = clock.instant();
        String signs = screening.signs().stream().map(s -> s.concern() + ": " + s.words())
                .collect(Collectors.joining("; "));
        AlertRow saved = alerts.save(new AlertRow(null, text.source(), text.sourceId(),
                text.familyId() == null ? null : text.familyId().value(),
                text.teamId() == null ? null : text.teamId().value(),
                text.author() == null ? null : text.author().value(), clip(text.authorLabel(), 120), text.text(),
                screening.concerns().stream().map(Enum::name).collect(Collectors.joining(",")), clip(signs, 2000),
                screening.urgent(), now, deadlines.due(now, screening.urgent()), "OPEN", null, null, null, null, null,
                null));
        audit.record(AuditAction.ALERT_RAISED, "alert:" + saved.id(),
                (screening.urgent() ? "urgent; " : "") + "concerns " + saved.concerns());
        return screening;
    }

    @PreAuthorize("hasAnyRole('MANAGER', 'DUTY')")
    @Transactional(readOnly = true)
    public List<SafeguardingAlert> queue(boolean includeClosed, long offset, int limit) {
        List<AlertRow> rows = alerts.findQueue(myTeam().value(), includeClosed, offset, limit);
        Map<Long, String> names = familyNames(rows);
        audit.recordPageRead(AuditAction.ALERTS_LISTED, "alerts", rows.stream().map(AlertRow::familyId).toList(),
                rows.size());
        return rows.stream().map(r -> toAlert(r, names.get(r.familyId()))).toList();
    }

    @PreAuthorize("hasAnyRole('MANAGER', 'DUTY')")
    @Transactional(readOnly = true)
    public int countQueue(boolean includeClosed) {
        return alerts.countQueue(myTeam().value(), includeClosed);
    }

    /** One alert with its text; opening it is audited. */
    @PreAuthorize("hasAnyRole('MANAGER', 'DUTY')")
    @Transactional
    public SafeguardingAlert open(AlertId id) {
        AlertRow row = reachable(id);
        audit.recordRead(row.familyId(), AuditAction.ALERT_VIEWED, "alert:" + id, null);
        return toAlert(row, familyNames(List.of(row)).get(row.familyId()));
    }

    /** "I have seen this and I am dealing with it." */
    @PreAuthorize("hasAnyRole('MANAGER', 'DUTY')")
    @Transactional
    public SafeguardingAlert acknowledge(AlertId id) {
        AlertRow row = reachable(id);
        if (!row.status().equals("OPEN")) {
            return toAlert(row, familyNames(List.of(row)).get(row.familyId()));
        }
        AlertRow saved = alerts.save(row.acknowledged(currentUser.require().id().value(), clock.instant()));
        audit.record(AuditAction.ALERT_ACKNOWLEDGED, "alert:" + id, null);
        return toAlert(saved, familyNames(List.of(saved)).get(saved.familyId()));
    }

    /** Records what was done (a call to the family, a referral to the front door) and, if asked, closes it. */
    @PreAuthorize("hasAnyRole('MANAGER', 'DUTY')")
    @Transactional
    public SafeguardingAlert recordAction(AlertId id, String action, boolean close) {
        AlertRow row = reachable(id);
        String text = action == null ? "" : action.strip();
        if (text.isEmpty()) {
            throw new UserFacingException("safeguarding.error.action-required");
        }
        if (text.length() > MAX_ACTION) {
            throw new UserFacingException("safeguarding.error.action-too-long", MAX_ACTION);
        }
        // the portal's one rule for typed text: a NUL here made PostgreSQL refuse the update with an SQL error
        StorableText.require(text, true, "safeguarding.error.action-hidden");
        if (row.status().equals("CLOSED")) {
            throw new UserFacingException("safeguarding.error.closed");
        }
        String all = row.actionTaken() == null ? text : row.actionTaken() + "\n" + text;
        if (all.length() > MAX_ACTION) {
            throw new UserFacingException("safeguarding.error.action-too-long", MAX_ACTION);
        }
        long me = currentUser.require().id().value();
        AlertRow saved = alerts.save(close ? row.closed(me, clock.instant(), all)
                : (row.status().equals("OPEN") ? row.acknowledged(me, clock.instant()) : row).withAction(all));
        audit.record(close ? AuditAction.ALERT_CLOSED : AuditAction.ALERT_ACTION_RECORDED, "alert:" + id, null);
        return toAlert(saved, familyNames(List.of(saved)).get(saved.familyId()));
    }

    private AlertRow reachable(AlertId id) {
        TeamId team = myTeam();
        return alerts.findById(id.value())
                .filter(a -> a.teamId() == null || a.teamId() == team.value())
                .orElseThrow(() -> {
                    audit.recordSecurityEvent(null, AuditAction.ACCESS_DENIED, "alert:" + id, "not this team's alert");
                    return new AccessDeniedException("no access to alert " + id);
                });
    }

    private TeamId myTeam() {
        FamilyVoiceUser me = currentUser.require();
        boolean onQueue = me.hasRole(Roles.MANAGER) || (me.hasRole(Roles.PRACTITIONER) && me.onDuty());
        if (!onQueue || me.teamId() == null) {
            throw new AccessDeniedException("managers and duty practitioners of a team only");
        }
        return me.teamId();
    }

    private static @Nullable String clip(@Nullable String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** Family names for the alerts' families (the caller may see them: they work the team's queue). */
    private Map<Long, String> familyNames(List<AlertRow> rows) {
        List<Long> ids = rows.stream().map(AlertRow::familyId).filter(Objects::nonNull).distinct().toList();
        Map<Long, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, display_name from family where id in (:ids)").param("ids", ids)
                    .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        }
        return names;
    }

    static SafeguardingAlert toAlert(AlertRow r, @Nullable String familyName) {
        Set<Concern> concerns = r.concerns().isBlank() ? EnumSet.noneOf(Concern.class)
                : Arrays.stream(r.concerns().split(",")).map(Concern::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Concern.class)));
        return new SafeguardingAlert(new AlertId(Objects.requireNonNull(r.id())), r.source(),
                r.familyId() == null ? null : new FamilyId(r.familyId()), familyName, r.teamId() == null ? null : new TeamId(r.teamId()),
                r.authorLabel(), r.text(), concerns, r.signs(), r.urgent(), r.raisedAt(), r.dueAt(),
                SafeguardingAlert.Status.valueOf(r.status()), r.acknowledgedAt(), r.actionTaken(), r.closedAt());
    }
}

package org.familyvoice.base.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.base.security.FamilyVoiceUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The append-only audit trail. There is deliberately no update or delete here: events are only ever
 * added. Changes are recorded in the caller's transaction, so a rolled-back change leaves no "it
 * happened" behind; security events are recorded in a transaction of their own, so they always stay.
 * <p>
 * Whose data an event concerns is kept in {@code family_id}: callers that know the family pass it
 * ({@link #recordFor}); a target of the form {@code family:<id>} names it by itself. The table refuses
 * UPDATE, DELETE (and on PostgreSQL TRUNCATE) with a database trigger (migration V11), so even a bug or a
 * console session cannot rewrite the trail.
 */
@Service
public class AuditLog {

    private static final int MAX_TEXT = 1000;
    private static final int MAX_PAGE = 500;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate separate;

    AuditLog(JdbcClient jdbc, CurrentUser currentUser, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records an event by the signed-in user (or nobody, for anonymous actions), in the caller's transaction. */
    public void record(AuditAction action, @Nullable String target, @Nullable String details) {
        insert(currentActor(), action, target, details, null);
    }

    /**
     * Records an event by the signed-in user that concerns one family's data (a read of identifiable content,
     * a change, an export), in the caller's transaction, so the administrator can find it by family.
     */
    public void recordFor(long familyId, AuditAction action, @Nullable String target, @Nullable String details) {
        insert(currentActor(), action, target, details, familyId);
    }

    /** Records an event for a named actor, e.g. the username of an account being redeemed, in the caller's transaction. */
    public void recordAs(@Nullable String actor, AuditAction action, @Nullable String target, @Nullable String details) {
        insert(actor, action, target, details, null);
    }

    /**
     * Records that staff read one family's identifiable content (a family record, feedback, a meeting, an alert).
     * Family members reading their own family's pages are not recorded: the trail is about staff access. Written
     * in a transaction of its own, so it works from read-only transactions and stays even if the caller fails later.
     */
    public void recordRead(@Nullable Long familyId, AuditAction action, @Nullable String target,
                           @Nullable String details) {
        if (Boolean.TRUE.equals(QUIET.get())) {
            return;
        }
        currentUser.get().filter(AuditLog::isStaff).ifPresent(me -> separate.executeWithoutResult(
                status -> insert(me.getUsername(), action, target, details, familyId)));
    }

    /**
     * Records that staff read one page of a list showing identifiable content: one row for the page, not one per
     * line, naming the families on it (in {@code family_id} when the page is all one family's). An empty page
     * read nothing and is not recorded.
     */
    public void recordPageRead(AuditAction action, @Nullable String target, Collection<@Nullable Long> familyIds,
                               int rows) {
        recordPageRead(action, target, familyIds, rows, null);
    }

    /** As {@link #recordPageRead(AuditAction, String, Collection, int)}, with a note (a period, a count) first. */
    public void recordPageRead(AuditAction action, @Nullable String target, Collection<@Nullable Long> familyIds,
                               int rows, @Nullable String note) {
        if (rows == 0) {
            return;
        }
        List<Long> families = familyIds.stream().filter(Objects::nonNull).distinct().sorted().toList();
        String details = (note == null ? "" : note + ", ") + rows + (rows == 1 ? " row" : " rows")
                + (families.isEmpty() ? "" : ", families " + String.join(",", families.stream().map(String::valueOf).toList()));
        recordRead(families.size() == 1 ? families.getFirst() : null, action, target, details);
    }

    /**
     * Runs a lookup that one service makes in another while serving a read or change that is itself recorded
     * (a meeting fetching its family's name and members), without recording that lookup as a read of its own:
     * one row per thing the person asked for, not one per service it passes through. Refusals are still recorded.
     */
    public <T> T asPartOfRecordedRead(Supplier<T> lookup) {
        boolean before = Boolean.TRUE.equals(QUIET.get());
        QUIET.set(true);
        try {
            return lookup.get();
        } finally {
            if (before) {
                QUIET.set(true);
            } else {
                QUIET.remove();
            }
        }
    }

    private static final ThreadLocal<Boolean> QUIET = new ThreadLocal<>();

    private static boolean isStaff(FamilyVoiceUser user) {
        return user.familyId() == null;
    }

    /**
     * Records a security event (a failure, a denial, a lockout) in its own transaction, so it stays even
     * when the refused operation rolls back.
     */
    public void recordSecurityEvent(@Nullable String actor, AuditAction action, @Nullable String target,
                                    @Nullable String details) {
        String who = actor != null ? actor : currentActor();
        separate.executeWithoutResult(status -> insert(who, action, target, details, null));
    }

    private @Nullable String currentActor() {
        return currentUser.get().map(FamilyVoiceUser::getUsername).orElse(null);
    }

    private void insert(@Nullable String actor, AuditAction action, @Nullable String target, @Nullable String details,
                        @Nullable Long familyId) {
        jdbc.sql("""
                        insert into audit_event (occurred_at, actor, action, target, details, client_address, family_id)
                        values (:at, :actor, :action, :target, :details, :address, :family)""")
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", clip(pseudonym(actor), 60))
                .param("action", action.name())
                .param("target", clip(pseudonymTarget(target), 200))
                .param("details", clip(details, MAX_TEXT))
                .param("address", clip(clientAddress(), 64))
                .param("family", familyId != null ? familyId : familyOf(target), java.sql.Types.BIGINT)
                .update();
    }

    /**
     * The trail names accounts by id, never by username: {@code user#12} for the account whose username was given,
     * so that erasing a person (who becomes {@code erased-12}) leaves no row here that names them, and the trail stays
     * append-only. A name that belongs to no account (a mistyped sign-in) is kept as typed: it identifies no account.
     */
    private @Nullable String pseudonym(@Nullable String username) {
        if (username == null || username.isBlank()) {
            return username;
        }
        Long id = userIdOf(username);
        return id == null ? username : PSEUDONYM_PREFIX + id;
    }

    private @Nullable String pseudonymTarget(@Nullable String target) {
        if (target != null && target.startsWith(USER_PREFIX)) {
            Long id = userIdOf(target.substring(USER_PREFIX.length()));
            return id == null ? target : PSEUDONYM_PREFIX + id;
        }
        return target;
    }

    private @Nullable Long userIdOf(String username) {
        return jdbc.sql("select id from app_user where username = :u")
                .param("u", username.strip().toLowerCase(java.util.Locale.ROOT)).query(Long.class).optional()
                .orElse(null);
    }

    private static final String PSEUDONYM_PREFIX = AuditPseudonym.PREFIX;
    private static final String USER_PREFIX = "user:";

    /** Shows pseudonyms as the accounts' current usernames ({@code erased-12} once a person is erased). */
    private List<AuditEvent> withUsernames(List<AuditEvent> events) {
        var ids = new java.util.TreeSet<Long>();
        for (AuditEvent e : events) {
            addId(ids, e.actor());
            addId(ids, e.target());
        }
        if (ids.isEmpty()) {
            return events;
        }
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("select id, username from app_user where id in (:ids)").param("ids", ids)
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return events.stream().map(e -> new AuditEvent(e.id(), e.occurredAt(), named(e.actor(), names, ""),
                e.action(), named(e.target(), names, USER_PREFIX), e.details(), e.clientAddress(), e.familyId()))
                .toList();
    }

    private static void addId(java.util.Set<Long> ids, @Nullable String value) {
        Long id = idOf(value);
        if (id != null) {
            ids.add(id);
        }
    }

    private static @Nullable Long idOf(@Nullable String value) {
        if (value != null && value.startsWith(PSEUDONYM_PREFIX)) {
            try {
                return Long.parseLong(value.substring(PSEUDONYM_PREFIX.length()));
            } catch (NumberFormatException notAnId) {
                return null;
            }
        }
        return null;
    }

    private static @Nullable String named(@Nullable String value, Map<Long, String> names, String prefix) {
        Long id = idOf(value);
        return id == null || !names.containsKey(id) ? value : prefix + names.get(id);
    }

    /** The family a target such as {@code family:12} names, if it names one. */
    static @Nullable Long familyOf(@Nullable String target) {
        if (target != null && target.startsWith(FAMILY_PREFIX)) {
            try {
                return Long.parseLong(target.substring(FAMILY_PREFIX.length()));
            } catch (NumberFormatException notAFamilyId) {
                return null;
            }
        }
        return null;
    }

    private static final String FAMILY_PREFIX = "family:";

    /** The newest events first, a page at a time (administrators only). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEvent> newest(int offset, int limit) {
        return find(AuditFilter.ALL, offset, limit);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public int count() {
        return count(AuditFilter.ALL);
    }

    /**
     * The events the filter matches, newest first, one page at a time (administrators only): the view never
     * holds more than the page the grid asks for.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEvent> find(AuditFilter filter, long offset, int limit) {
        var params = new HashMap<String, Object>();
        String where = where(filter, params);
        var spec = jdbc.sql("""
                select id, occurred_at, actor, action, target, details, client_address, family_id
                from audit_event""" + where + " order by id desc limit :limit offset :offset")
                .param("limit", Math.max(0, Math.min(limit, MAX_PAGE)))
                .param("offset", Math.max(0, offset));
        for (var p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        List<AuditEvent> events = spec.query((rs, n) -> new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), AuditAction.valueOf(rs.getString("action")), rs.getString("target"),
                        rs.getString("details"), rs.getString("client_address"),
                        rs.getObject("family_id") == null ? null : rs.getLong("family_id")))
                .list();
        return withUsernames(events);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public int count(AuditFilter filter) {
        var params = new HashMap<String, Object>();
        var spec = jdbc.sql("select count(*) from audit_event" + where(filter, params));
        for (var p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query(Integer.class).single();
    }

    private String where(AuditFilter filter, Map<String, Object> params) {
        var parts = new ArrayList<String>();
        if (filter.person() != null) {
            // usernames are kept in lower case, so the (actor, id) index serves this
            parts.add("(actor = :person or target = :personTarget or actor = :pseudonym or target = :pseudonym)");
            params.put("person", filter.person());
            params.put("personTarget", USER_PREFIX + filter.person());
            Long id = userIdOf(filter.person());
            params.put("pseudonym", id == null ? filter.person() : PSEUDONYM_PREFIX + id);
        }
        if (filter.familyId() != null) {
            parts.add("family_id = :family");
            params.put("family", filter.familyId());
        }
        if (filter.action() != null) {
            parts.add("action = :action");
            params.put("action", filter.action().name());
        }
        if (filter.from() != null) {
            parts.add("occurred_at >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.until() != null) {
            parts.add("occurred_at < :until");
            params.put("until", Timestamp.from(filter.until()));
        }
        return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
    }

    /** The address of the client of the current HTTP request, if there is one. */
    public static @Nullable String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static @Nullable String clip(@Nullable String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

}

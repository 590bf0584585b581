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
import java.util.List;

/**
 * The append-only audit trail. There is deliberately no update or delete here: events are only ever
 * added. Changes are recorded in the caller's transaction, so a rolled-back change leaves no "it
 * happened" behind; security events are recorded in a transaction of their own, so they always stay.
 */
@Service
public class AuditLog {

    private static final int MAX_TEXT = 1000;

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
        insert(currentActor(), action, target, details);
    }

    /** Records an event for a named actor, e.g. the username of an account being redeemed, in the caller's transaction. */
    public void recordAs(@Nullable String actor, AuditAction action, @Nullable String target, @Nullable String details) {
        insert(actor, action, target, details);
    }

    /**
     * Records a security event (a failure, a denial, a lockout) in its own transaction, so it stays even
     * when the refused operation rolls back.
     */
    public void recordSecurityEvent(@Nullable String actor, AuditAction action, @Nullable String target,
                                    @Nullable String details) {
        String who = actor != null ? actor : currentActor();
        separate.executeWithoutResult(status -> insert(who, action, target, details));
    }

    private @Nullable String currentActor() {
        return currentUser.get().map(FamilyVoiceUser::getUsername).orElse(null);
    }

    private void insert(@Nullable String actor, AuditAction action, @Nullable String target, @Nullable String details) {
        jdbc.sql("""
                        insert into audit_event (occurred_at, actor, action, target, details, client_address)
                        values (:at, :actor, :action, :target, :details, :address)""")
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", clip(actor, 60))
                .param("action", action.name())
                .param("target", clip(target, 200))
                .param("details", clip(details, MAX_TEXT))
                .param("address", clip(clientAddress(), 64))
                .update();
    }

    /** The newest events first, a page at a time (administrators only). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEvent> newest(int offset, int limit) {
        return jdbc.sql("""
                        select id, occurred_at, actor, action, target, details, client_address
                        from audit_event order by id desc limit :limit offset :offset""")
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), AuditAction.valueOf(rs.getString("action")), rs.getString("target"),
                        rs.getString("details"), rs.getString("client_address")))
                .list();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public int count() {
        return jdbc.sql("select count(*) from audit_event").query(Integer.class).single();
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

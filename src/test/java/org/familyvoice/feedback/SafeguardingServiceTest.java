package org.familyvoice.feedback;

import org.familyvoice.IntegrationTest;
import org.familyvoice.Refusal;
import org.familyvoice.SignIn;
import org.familyvoice.TestClock;
import org.familyvoice.base.FamilyId;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A possible disclosure reaches the right duty queue, with a deadline, and every step is audited. */
@IntegrationTest
class SafeguardingServiceTest {

    @Autowired SafeguardingService safeguarding;
    @Autowired TransactionTemplate tx;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired AuditLog audit;

    @AfterEach
    void out() {
        SignIn.out();
    }

    private TeamId team(String prefix) {
        return new TeamId(jdbc.sql("select id from team where name like :p").param("p", prefix + "%")
                .query(Long.class).single());
    }

    private FamilyId family(String reference) {
        return new FamilyId(jdbc.sql("select id from family where case_reference = :r").param("r", reference)
                .query(Long.class).single());
    }

    private Screening save(String text, FamilyId family, TeamId team, String who) {
        return tx.execute(status -> safeguarding.screenAndRaise(
                new TextToScreen("test", null, family, team, null, who, text)));
    }

    @Test
    void aNoteWithAHiddenControlCharacterIsRefusedWithAMessageAndMarkupIsKeptAsTyped() {
        String text = "my stepdad hits me when mum is at work " + System.nanoTime();
        save(text, family("FV-1001"), team("North"), "Kai Harper (young person)");
        signIn.as(SignIn.MANAGER_NORTH);
        var alert = safeguarding.queue(false, 0, 500).stream().filter(a -> a.text().equals(text)).findFirst().orElseThrow();
        // a NUL or an escape from pasted text: stored on H2, an SQL error on PostgreSQL, before the rule applied here
        assertThat(Refusal.of(() -> safeguarding.recordAction(alert.id(), "Rang mum\u0000", false)))
                .isEqualTo("safeguarding.error.action-hidden");
        assertThat(Refusal.of(() -> safeguarding.recordAction(alert.id(), "\u001B[2JVisited", false)))
                .isEqualTo("safeguarding.error.action-hidden");
        String markup = "<script>alert(1)</script> '; DROP TABLE alert;-- ${7*7}\r\n\u202Eevil \uD83D\uDC4D\uD83C\uDFFD";
        assertThat(safeguarding.recordAction(alert.id(), markup, false).actionTaken()).isEqualTo(markup);
    }

    @Test
    void aDisclosureReachesItsTeamsQueueAndNoOtherAndIsWorkedToClosure() {
        String text = "my stepdad hits me when mum is at work " + System.nanoTime();
        Screening screening = save(text, family("FV-1001"), team("North"), "Kai Harper (young person)");
        assertThat(screening.concerns()).contains(Concern.VIOLENCE);

        signIn.as(SignIn.MANAGER_SOUTH);
        assertThat(safeguarding.queue(true, 0, 500)).noneMatch(a -> a.text().equals(text));

        signIn.as(SignIn.MANAGER_NORTH);
        var alert = safeguarding.queue(false, 0, 500).stream().filter(a -> a.text().equals(text)).findFirst().orElseThrow();
        assertThat(alert.status()).isEqualTo(SafeguardingAlert.Status.OPEN);
        assertThat(alert.author()).isEqualTo("Kai Harper (young person)");
        assertThat(alert.urgent()).isFalse();
        assertThat(alert.dueAt()).isAfter(alert.raisedAt().plus(Duration.ofHours(2)));

        assertThat(safeguarding.open(alert.id()).text()).isEqualTo(text);
        assertThat(safeguarding.acknowledge(alert.id()).status()).isEqualTo(SafeguardingAlert.Status.ACKNOWLEDGED);
        assertThat(Refusal.of(() -> safeguarding.recordAction(alert.id(), "   ", false)))
                .isEqualTo("safeguarding.error.action-required");
        safeguarding.recordAction(alert.id(), "Rang mum, home visit booked for today", false);
        var closed = safeguarding.recordAction(alert.id(), "Visited; referred to the front door", true);
        assertThat(closed.status()).isEqualTo(SafeguardingAlert.Status.CLOSED);
        assertThat(closed.actionTaken()).contains("Rang mum", "referred to the front door");
        assertThat(safeguarding.queue(false, 0, 500)).noneMatch(a -> a.id().equals(alert.id()));

        signIn.as(SignIn.MANAGER_SOUTH);
        assertThatThrownBy(() -> safeguarding.open(alert.id())).isInstanceOf(AccessDeniedException.class);

        signIn.as(SignIn.ADMIN);
        assertThat(audit.newest(0, 50)).extracting(e -> e.action())
                .contains(AuditAction.ALERT_RAISED, AuditAction.ALERT_VIEWED, AuditAction.ALERT_ACKNOWLEDGED,
                        AuditAction.ALERT_ACTION_RECORDED, AuditAction.ALERT_CLOSED);
    }

    @Test
    void selfHarmIsUrgentAndAnOverdueAlertShowsAsOverdue() {
        String text = "i want to kill myself tonight " + System.nanoTime();
        assertThat(save(text, family("FV-2001"), team("South"), "Tobi").urgent()).isTrue();
        signIn.as(SignIn.MANAGER_SOUTH);
        var alert = safeguarding.queue(false, 0, 500).stream().filter(a -> a.text().equals(text)).findFirst().orElseThrow();
        assertThat(alert.dueAt()).isEqualTo(alert.raisedAt().plus(Duration.ofHours(1)));
        assertThat(alert.overdue(clock.instant())).isFalse();
        clock.advance(Duration.ofMinutes(61));
        assertThat(alert.overdue(clock.instant())).isTrue();
        assertThat(safeguarding.queue(false, 0, 1).getFirst().urgent()).as("urgent and soonest due comes first").isTrue();
    }

    @Test
    void anonymousTextWithNoTeamIsSeenByEveryManagerAndOrdinaryTextRaisesNothing() {
        String text = "nobody feeds us and we have no food at home " + System.nanoTime();
        save(text, null, null, "anonymous");
        int before;
        signIn.as(SignIn.MANAGER_NORTH);
        before = safeguarding.countQueue(true);
        assertThat(safeguarding.queue(false, 0, 500)).anyMatch(a -> a.text().equals(text));
        signIn.as(SignIn.MANAGER_SOUTH);
        assertThat(safeguarding.queue(false, 0, 500)).anyMatch(a -> a.text().equals(text));

        assertThat(save("I'm worried about school and the meeting was too long", null, null, "anonymous").flagged())
                .isFalse();
        signIn.as(SignIn.MANAGER_NORTH);
        assertThat(safeguarding.countQueue(true)).isEqualTo(before);
    }

    @Test
    void onlyManagersReachTheQueue() {
        for (String who : new String[]{SignIn.PRACTITIONER_NORTH, SignIn.PARENT_HARPER, SignIn.YOUNG_HARPER, SignIn.ADMIN}) {
            signIn.as(who);
            assertThatThrownBy(() -> safeguarding.queue(false, 0, 10)).as(who).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void textIsNeverSavedWithoutItsAlert() {
        String text = "he touched me and said its our secret " + System.nanoTime();
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            safeguarding.screenAndRaise(new TextToScreen("test", null, null, null, null, "anonymous", text));
            throw new IllegalStateException("the feature's own save failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.sql("select count(*) from safeguarding_alert where text = :t").param("t", text)
                .query(Integer.class).single()).as("rolled back together with the failed save").isZero();
        assertThatThrownBy(() -> safeguarding.screenAndRaise(new TextToScreen("test", null, null, null, null, null, text)))
                .as("outside a transaction there is no save to join").isInstanceOf(Exception.class);
    }
}

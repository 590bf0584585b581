package org.familyvoice.base.audit;

import org.familyvoice.IntegrationTest;
import org.familyvoice.SignIn;
import org.familyvoice.base.FamilyId;
import org.familyvoice.families.FamilyService;
import org.familyvoice.feedback.FeedbackFilter;
import org.familyvoice.feedback.FeedbackService;
import org.familyvoice.meetings.AfterMeetingService;
import org.familyvoice.meetings.AgendaService;
import org.familyvoice.meetings.ContributionService;
import org.familyvoice.meetings.MeetingId;
import org.familyvoice.meetings.MeetingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Staff reads of a family's data leave one row naming the reader and the family; a refused read leaves a
 * security event naming the family; the administrator finds both by person, family, action and date.
 */
@IntegrationTest
class AuditReadsTest {

    @Autowired AuditLog audit;
    @Autowired SignIn signIn;
    @Autowired FamilyService families;
    @Autowired FeedbackService feedback;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired MeetingService meetings;
    @Autowired ContributionService contributions;
    @Autowired AgendaService agendas;
    @Autowired AfterMeetingService afterMeetings;

    @AfterEach
    void out() {
        SignIn.out();
    }

    private long family(String reference) {
        return jdbc.sql("select id from family where case_reference = :r").param("r", reference).query(Long.class).single();
    }

    private long lastId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
    }

    private List<AuditEvent> since(long id, AuditFilter filter) {
        signIn.as(SignIn.ADMIN);
        try {
            return audit.find(filter, 0, 500).stream().filter(e -> e.id() > id).toList();
        } finally {
            SignIn.out();
        }
    }

    @Test
    void aPractitionerOpeningTheirFamilyIsRecordedAgainstThatFamily() {
        long harper = family("FV-1001");
        long before = lastId();
        signIn.as(SignIn.PRACTITIONER_NORTH);
        families.getFamily(new FamilyId(harper));
        SignIn.out();

        assertThat(since(before, new AuditFilter(null, harper, null, null, null)))
                .singleElement().satisfies(e -> {
                    assertThat(e.action()).isEqualTo(AuditAction.FAMILY_VIEWED);
                    assertThat(e.actor()).isEqualTo(SignIn.PRACTITIONER_NORTH);
                    assertThat(e.familyId()).isEqualTo(harper);
                });
    }

    @Test
    void anotherTeamsPractitionerIsRefusedAndTheRefusalNamesTheFamily() {
        long adeyemi = family("FV-2001");
        long before = lastId();
        signIn.as(SignIn.PRACTITIONER_NORTH);
        assertThatThrownBy(() -> families.getFamily(new FamilyId(adeyemi))).isInstanceOf(AccessDeniedException.class);
        SignIn.out();

        assertThat(since(before, new AuditFilter(SignIn.PRACTITIONER_NORTH, adeyemi, null, null, null)))
                .extracting(AuditEvent::action).containsExactly(AuditAction.ACCESS_DENIED);
    }

    @Test
    void aFamilyReadingItsOwnRecordIsNotAStaffRead() {
        long harper = family("FV-1001");
        long before = lastId();
        signIn.as(SignIn.PARENT_HARPER);
        families.myFamily();
        SignIn.out();

        assertThat(since(before, new AuditFilter(null, harper, AuditAction.FAMILY_VIEWED, null, null))).isEmpty();
    }

    @Test
    void aPageOfFeedbackIsOneRowNamingItsFamilies() {
        long before = lastId();
        signIn.as(SignIn.MANAGER_NORTH);
        int shown = feedback.find(FeedbackFilter.NONE, 0, 20).size();
        SignIn.out();

        assertThat(shown).isPositive();
        assertThat(since(before, new AuditFilter(SignIn.MANAGER_NORTH, null, AuditAction.FEEDBACK_LISTED, null, null)))
                .singleElement().satisfies(e -> assertThat(e.details()).startsWith(shown + " row"));
    }

    @Test
    void theFiltersCombineAndDatesBound() {
        long harper = family("FV-1001");
        long before = lastId();
        signIn.as(SignIn.PRACTITIONER_NORTH);
        families.getFamily(new FamilyId(harper));
        families.members(new FamilyId(harper));
        SignIn.out();
        Instant now = clock.instant();

        var mine = new AuditFilter(SignIn.PRACTITIONER_NORTH, harper, AuditAction.FAMILY_VIEWED, null, null);
        assertThat(since(before, mine)).hasSize(2);
        assertThat(since(before, new AuditFilter(SignIn.PRACTITIONER_NORTH_2, harper, null, null, null))).isEmpty();
        assertThat(since(before, new AuditFilter(SignIn.PRACTITIONER_NORTH, harper, AuditAction.FEEDBACK_VIEWED,
                null, null))).isEmpty();
        assertThat(since(before, new AuditFilter(null, harper, null, now.plusSeconds(86_400), null))).isEmpty();
        assertThat(since(before, new AuditFilter(null, harper, null, null, now.minusSeconds(86_400)))).isEmpty();
        assertThat(since(before, new AuditFilter(null, harper, null, now.minusSeconds(86_400), now.plusSeconds(86_400))))
                .hasSize(2);
        signIn.as(SignIn.ADMIN);
        assertThat(audit.count(mine)).isGreaterThanOrEqualTo(2);
        assertThat(audit.find(mine, 0, 1)).hasSize(1);
    }

    @Test
    void readingAMeetingsPartsLeavesOneRowPerPartNamingTheFamily() {
        var meeting = jdbc.sql("""
                        select m.id, m.family_id from meeting m join family f on f.id = m.family_id
                        where f.case_reference like 'FV-1%' order by m.id""").query().listOfRows().getFirst();
        MeetingId id = new MeetingId(((Number) meeting.get("id")).longValue());
        long family = ((Number) meeting.get("family_id")).longValue();
        long before = lastId();
        signIn.as(SignIn.MANAGER_NORTH);
        meetings.getMeeting(id);
        contributions.forMeeting(id);
        agendas.staffAgenda(id);
        afterMeetings.outcomes(id);
        SignIn.out();
        signIn.as(SignIn.MANAGER_SOUTH);
        assertThatThrownBy(() -> agendas.staffAgenda(id)).isInstanceOf(AccessDeniedException.class);
        SignIn.out();

        assertThat(since(before, new AuditFilter(SignIn.MANAGER_NORTH, family, null, null, null)))
                .extracting(AuditEvent::action).containsExactlyInAnyOrder(AuditAction.MEETING_VIEWED,
                        AuditAction.CONTRIBUTIONS_VIEWED, AuditAction.AGENDA_VIEWED, AuditAction.MEETING_OUTCOMES_VIEWED);
        assertThat(since(before, new AuditFilter(SignIn.MANAGER_SOUTH, null, null, null, null)))
                .extracting(AuditEvent::action).containsExactly(AuditAction.ACCESS_DENIED);
    }
}

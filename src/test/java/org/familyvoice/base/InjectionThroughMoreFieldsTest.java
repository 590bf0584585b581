package org.familyvoice.base;

import org.familyvoice.IntegrationTest;
import org.familyvoice.SignIn;
import org.familyvoice.families.FamilyService;
import org.familyvoice.feedback.AlertId;
import org.familyvoice.feedback.SafeguardingService;
import org.familyvoice.feedback.TextToScreen;
import org.familyvoice.meetings.AfterMeetingService;
import org.familyvoice.meetings.AgendaItemId;
import org.familyvoice.meetings.AgendaService;
import org.familyvoice.meetings.Attendee;
import org.familyvoice.meetings.CheckAnswer;
import org.familyvoice.meetings.Meeting;
import org.familyvoice.meetings.MeetingCheck;
import org.familyvoice.meetings.MeetingFixtures;
import org.familyvoice.meetings.MeetingId;
import org.familyvoice.meetings.MeetingPlan;
import org.familyvoice.meetings.MeetingService;
import org.familyvoice.meetings.MeetingType;
import org.familyvoice.meetings.OtherAttendee;
import org.familyvoice.meetings.PlanAction;
import org.familyvoice.meetings.PlanItem;
import org.familyvoice.meetings.Respondent;
import org.familyvoice.themes.SentimentLexicon;
import org.familyvoice.themes.TaxonomyService;
import org.familyvoice.themes.TaxonomyTheme;
import org.familyvoice.themes.Theme;
import org.familyvoice.themes.ThemeEdit;
import org.familyvoice.themes.ThemeTagger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payloads of {@code security/payloads.txt} plus strings at and over each limit, through the free-text fields
 * that {@link InjectionThroughServicesTest} does not reach: the theme taxonomy (name, description, keywords,
 * phrases), the duty worker's safeguarding action note, a meeting's cancellation reason and other participants, the
 * outcomes and actions recorded after a meeting, and the family's post-meeting check comment. Same rule as there:
 * each payload is stored and read back through the service exactly as typed (after the field's documented
 * normalisation), or refused with a {@link UserFacingException} that the field's rule justifies; nothing else.
 *
 * <p>Every payload where the field has checking code of its own; every {@value #SAMPLE_EVERY}th of each category
 * where the field is checked by the same lines as a field of the same call that takes them all (phrases share
 * {@code TermCheck} with keywords, a participant's role the lines of their name, an action's "who" those of its
 * "what"), and for the check comment, which is screened and tagged per answer and taken once per person per meeting.
 */
@IntegrationTest
class InjectionThroughMoreFieldsTest extends PayloadFieldsTest {

    /** {@code SafeguardingService}'s limit on a note (private there; the column is varchar(4000)). */
    private static final int MAX_SAFEGUARDING_NOTE = 4000;
    private static final SentimentLexicon NO_LEXICON = new SentimentLexicon(List.of(), List.of());

    @Autowired SignIn signIn;
    @Autowired TaxonomyService taxonomy;
    @Autowired SafeguardingService safeguarding;
    @Autowired MeetingService meetings;
    @Autowired FamilyService families;
    @Autowired MeetingFixtures meetingFixtures;
    @Autowired AgendaService agenda;
    @Autowired AfterMeetingService after;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;

    // ---------------------------------------------------------------- theme taxonomy (administrators, managers)

    @Test
    void themeNamesAndDescriptions() {
        signIn.as(SignIn.ADMIN);
        String home = "Injection theme " + System.nanoTime();
        // not in use, so the tagger other tests rely on never sees these edits
        long id = taxonomy.addTheme(new ThemeEdit(home, "Payloads go through this theme", List.of("injection"),
                List.of(), Set.of(), false));
        Field name = new Field("theme name", TaxonomyService.MAX_NAME, false, true, false,
                Set.of("taxonomy.error.name-taken"));
        Field description = new Field("theme description", TaxonomyService.MAX_DESCRIPTION, true, true, false,
                Set.of());
        for (Field f : List.of(name, description)) {
            for (String p : withLimits(payloads, f.max())) {
                TaxonomyTheme before = taxonomy.theme(id);
                var saved = attempt(f, p, () -> taxonomy.editTheme(id, before.version(), new ThemeEdit(
                        f == name ? p : before.name(), f == description ? p : before.description(),
                        before.keywords(), before.phrases(), Set.of(), false)));
                if (saved != null) {
                    TaxonomyTheme stored = taxonomy.theme(id);
                    check(f, p, f == name ? stored.name() : stored.description());
                }
            }
        }
        TaxonomyTheme last = taxonomy.theme(id);
        taxonomy.editTheme(id, last.version(), new ThemeEdit(home, last.description(), last.keywords(),
                last.phrases(), Set.of(), false));

        // a new theme's code is made from its name: any name gives a code of capitals and underscores
        Field added = new Field("theme name, new theme (sample)", TaxonomyService.MAX_NAME, false, true, false,
                Set.of("taxonomy.error.name-taken"));
        for (String p : withLimits(InjectionPayloads.sample(SAMPLE_EVERY), added.max())) {
            Long newId = attempt(added, p, () -> taxonomy.addTheme(new ThemeEdit(p, "Added by the injection test",
                    List.of(), List.of(), Set.of(), false)));
            if (newId != null) {
                TaxonomyTheme stored = taxonomy.theme(newId);
                check(added, p, stored.name());
                if (!stored.code().matches("[A-Z][A-Z_]{1,39}")) {
                    failures.add("theme code " + InjectionPayloads.shown(stored.code()) + " for "
                            + InjectionPayloads.shown(p));
                }
            }
        }
        assertThat(failures).as("payloads mishandled").isEmpty();
    }

    @Test
    void themeKeywordsAndPhrases() {
        signIn.as(SignIn.MANAGER_NORTH);
        long id = taxonomy.addTheme(new ThemeEdit("Injection terms " + System.nanoTime(),
                "Payloads go through this theme's terms", List.of("injection"), List.of(), Set.of(), false));
        // one term per line as typed, stripped; a blank one is left out (so "nothing" is what is stored)
        Field keyword = new Field("theme keyword", TaxonomyService.MAX_TERMS_TEXT, false, true, true, Set.of(),
                InjectionThroughMoreFieldsTest::matchableTerm);
        Field phrase = new Field("theme phrase (sample)", TaxonomyService.MAX_TERMS_TEXT, false, true, true, Set.of(),
                InjectionThroughMoreFieldsTest::matchableTerm);
        for (Field f : List.of(keyword, phrase)) {
            for (String p : withLimits(f == keyword ? payloads : InjectionPayloads.sample(SAMPLE_EVERY), f.max())) {
                TaxonomyTheme before = taxonomy.theme(id);
                var saved = attempt(f, p, () -> taxonomy.editTheme(id, before.version(), new ThemeEdit(before.name(),
                        before.description(), f == keyword ? List.of(p) : List.of(),
                        f == phrase ? List.of(p) : List.of(), Set.of(), false)));
                if (saved != null) {
                    TaxonomyTheme stored = taxonomy.theme(id);
                    List<String> terms = f == keyword ? stored.keywords() : stored.phrases();
                    check(f, p, terms.isEmpty() ? "" : terms.size() == 1 ? terms.getFirst() : "several: " + terms);
                }
            }
        }
        assertThat(failures).as("payloads mishandled").isEmpty();
    }

    /**
     * A theme's term (after stripping; empty terms are left out): one line without {@code |} (the stored separator),
     * an optional {@code +} in front, an optional weight from 0.1 to 5 after the last {@code ^}, and at least one
     * word the tagger can match (a term of stop words or punctuation only could never be).
     */
    private static boolean matchableTerm(String term) {
        if (term.isEmpty()) {
            return true;
        }
        if (term.contains("|")) {
            return false;
        }
        String words = term.startsWith("+") ? term.substring(1) : term;
        int caret = words.lastIndexOf('^');
        if (caret >= 0) {
            try {
                double weight = Double.parseDouble(words.substring(caret + 1).strip());
                if (!(weight >= 0.1 && weight <= 5.0)) {
                    return false;
                }
            } catch (NumberFormatException e) {
                return false;
            }
            words = words.substring(0, caret);
        }
        if (words.isBlank() || !StorableText.isStorable(term, false)) {
            return false;
        }
        try {
            new ThemeTagger(List.of(new Theme("TERM", "term", "", List.of(term), List.of())), NO_LEXICON);
            return true;
        } catch (IllegalArgumentException onlyStopWords) {
            return false;
        }
    }

    // ---------------------------------------------------------------- safeguarding (managers, duty workers)

    @Test
    void safeguardingActionNotes() {
        long north = jdbc.sql("select team_id from family where case_reference = :r")
                .param("r", MeetingFixtures.HARPER).query(Long.class).single();
        FamilyId harper = meetingFixtures.family(MeetingFixtures.HARPER);
        signIn.as(SignIn.MANAGER_NORTH);
        // each note closes its alert (so the team's open queue is left as it was): a fresh alert per note stored
        Field note = new Field("safeguarding action note", MAX_SAFEGUARDING_NOTE, true, true, false, Set.of());
        AlertId alert = raise(harper, new TeamId(north));
        for (String p : withLimits(payloads, note.max())) {
            AlertId current = alert;
            var closed = attempt(note, p, () -> safeguarding.recordAction(current, p, true));
            if (closed != null) {
                check(note, p, safeguarding.open(current).actionTaken());
                alert = raise(harper, new TeamId(north));
            }
        }
        safeguarding.recordAction(alert, "Closed by the injection test", true);
        assertThat(failures).as("payloads mishandled").isEmpty();
    }

    private AlertId raise(FamilyId family, TeamId team) {
        String text = MeetingFixtures.unique("my stepdad hits me when mum is at work");
        var screening = tx.execute(status -> safeguarding.screenAndRaise(new TextToScreen("injection-test", null,
                family, team, null, "Injection test", text)));
        assertThat(screening).isNotNull();
        assertThat(screening.flagged()).isTrue();
        return new AlertId(jdbc.sql("select id from safeguarding_alert where text = :t").param("t", text)
                .query(Long.class).single());
    }

    // ---------------------------------------------------------------- meetings (practitioners)

    @Test
    void otherParticipantsAndCancellationReasons() {
        var me = signIn.as(SignIn.PRACTITIONER_NORTH);
        // a family of its own: a thousand meetings on the Harpers would push other tests' meetings off the first
        // page of the family's meetings (MeetingServiceTest reads 500)
        FamilyId family = families.createFamily("INJ-MEETINGS", "Injection meetings", me.id());
        Field otherName = new Field("other participant name", MeetingService.MAX_NAME, false, true, false, Set.of());
        Field otherRole = new Field("other participant role (sample)", MeetingService.MAX_ROLE, false, true, false,
                Set.of());
        Deque<Meeting> scheduled = new ArrayDeque<>();
        int[] slot = {0};
        Function<OtherAttendee, MeetingId> schedule = other -> meetings.schedule(family, new MeetingPlan(
                MeetingType.CHILD_IN_NEED, meetingFixtures.ahead(Duration.ofDays(40).plusHours(2L * slot[0]++)), 60,
                "Northgate Family Centre", null, List.of(), List.of(other)));
        for (Field f : List.of(otherName, otherRole)) {
            for (String p : withLimits(f == otherName ? payloads : InjectionPayloads.sample(SAMPLE_EVERY), f.max())) {
                OtherAttendee other = f == otherName ? new OtherAttendee(p, "Teacher") : new OtherAttendee("Ms Jones", p);
                MeetingId id = attempt(f, p, () -> schedule.apply(other));
                if (id != null) {
                    Meeting stored = meetings.getMeeting(id);
                    List<Attendee> others = stored.attendees().stream().filter(a -> !a.familyMember()).toList();
                    if (others.size() != 1) {
                        failures.add(f.name() + ": " + others.size() + " others stored for " + InjectionPayloads.shown(p));
                    } else {
                        check(f, p, f == otherName ? others.getFirst().name() : others.getFirst().role());
                    }
                    scheduled.add(stored);
                }
            }
        }

        // the meetings just made are cancelled, one per reason stored
        Field reason = new Field("meeting cancellation reason", MeetingService.MAX_REASON, true, true, false, Set.of());
        Meeting current = null;
        for (String p : withLimits(payloads, reason.max())) {
            if (current == null) {
                current = scheduled.isEmpty()
                        ? meetings.getMeeting(schedule.apply(new OtherAttendee("Ms Jones", "Teacher")))
                        : scheduled.poll();
            }
            Meeting meeting = current;
            var cancelled = attempt(reason, p, () -> meetings.cancel(meeting.id(), meeting.version(), p));
            if (cancelled != null) {
                check(reason, p, meetings.getMeeting(meeting.id()).cancelledReason());
                current = null;
            }
        }
        // every participant's name is a "known name" that quotes shown to other teams are redacted of
        // (VoiceStore.knownNames): a payload such as "on" would blank that word in other tests' quotes
        jdbc.sql("delete from meeting_attendee where meeting_id in (select id from meeting where family_id = :f)")
                .param("f", family.value()).update();
        assertThat(failures).as("payloads mishandled").isEmpty();
    }

    // ---------------------------------------------------------------- after the meeting

    @Test
    void outcomesAndPlanActions() {
        MeetingId meeting = meetingFixtures.harperMeeting(Duration.ofDays(50));
        signIn.as(SignIn.PRACTITIONER_NORTH);
        AgendaItemId item = agenda.addOwn(meeting, agenda.staffAgenda(meeting).agendaVersion(), "Injection outcomes");
        meetingFixtures.startedAgo(meeting, Duration.ofMinutes(30));
        long version = after.outcomes(meeting).agendaVersion();

        // an outcome is kept as typed (not stripped); a blank one clears it
        Field outcome = new Field("meeting outcome", AfterMeetingService.MAX_OUTCOME, true, false, true, Set.of());
        for (String p : withLimits(payloads, outcome.max())) {
            long seen = version;
            Long next = attempt(outcome, p, () -> after.recordOutcome(meeting, seen, item, p));
            if (next != null) {
                version = next;
                PlanItem stored = after.outcomes(meeting).items().stream().filter(i -> i.id().equals(item))
                        .findFirst().orElseThrow();
                checkBlankAsNothing(outcome, p, stored.outcome());
            }
        }

        // each action is read back and taken off again (a plan holds at most 40)
        Field what = new Field("plan action what", AfterMeetingService.MAX_ACTION, true, true, false, Set.of());
        Field who = new Field("plan action who (sample)", AfterMeetingService.MAX_OWNER, false, true, false, Set.of());
        LocalDate due = after.outcomes(meeting).meetingDay().plusDays(14);
        for (Field f : List.of(what, who)) {
            for (String p : withLimits(f == what ? payloads : InjectionPayloads.sample(SAMPLE_EVERY), f.max())) {
                long seen = version;
                Long next = attempt(f, p, () -> after.addAction(meeting, seen, f == what ? p : "Ring the school",
                        f == who ? p : "Priya", due));
                if (next != null) {
                    List<PlanAction> actions = after.outcomes(meeting).actions();
                    if (actions.size() != 1) {
                        failures.add(f.name() + ": " + actions.size() + " actions for " + InjectionPayloads.shown(p));
                        version = next;
                    } else {
                        check(f, p, f == what ? actions.getFirst().what() : actions.getFirst().who());
                        version = after.removeAction(meeting, next, actions.getFirst().id());
                    }
                }
            }
        }
        assertThat(failures).as("payloads mishandled").isEmpty();
    }

    /**
     * The post-meeting check comment of Leanne (parent), Kai (young person) and their practitioner Priya: one answer
     * per person per meeting, each screened for a disclosure (the family's) and, as agreed here, tagged for the
     * themes, so a sample, taken in turn; a new ended meeting whenever all three have answered. Kept as typed (not
     * stripped); blank means no comment.
     */
    @Test
    void afterMeetingCheckComments() {
        Field comment = new Field("after-meeting check comment (sample)", AfterMeetingService.MAX_COMMENT, true, false,
                true, Set.of());
        Deque<String> people = new ArrayDeque<>();
        MeetingId meeting = null;
        int meetingsMade = 0;
        for (String p : withLimits(InjectionPayloads.sample(SAMPLE_EVERY), comment.max())) {
            if (people.isEmpty()) {
                meeting = meetingFixtures.harperMeeting(Duration.ofDays(60).plusHours(2L * meetingsMade++));
                meetingFixtures.startedAgo(meeting, Duration.ofHours(2));
                people.addAll(List.of(SignIn.PARENT_HARPER, SignIn.YOUNG_HARPER, SignIn.PRACTITIONER_NORTH));
            }
            String person = people.peek();
            MeetingId answering = meeting;
            signIn.as(person);
            Boolean flagged = attempt(comment, p, () -> after.answerCheck(answering, CheckAnswer.YES,
                    CheckAnswer.PARTLY, p, true));
            if (flagged != null) {
                people.poll();
                signIn.as(SignIn.PRACTITIONER_NORTH);
                Respondent side = person.equals(SignIn.YOUNG_HARPER) ? Respondent.CHILD
                        : person.equals(SignIn.PRACTITIONER_NORTH) ? Respondent.PRACTITIONER : Respondent.PARENT;
                List<MeetingCheck> checks = after.checksFor(answering).stream()
                        .filter(c -> c.respondent() == side).toList();
                if (checks.size() != 1) {
                    failures.add(comment.name() + ": " + checks.size() + " checks for " + InjectionPayloads.shown(p));
                } else {
                    checkBlankAsNothing(comment, p, checks.getFirst().comment());
                }
            }
        }
        System.out.println("  (" + meetingsMade + " ended meetings for the check comments)");
        assertThat(failures).as("payloads mishandled").isEmpty();
    }
}

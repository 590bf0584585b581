package org.familyvoice.base;

import org.familyvoice.IntegrationTest;
import org.familyvoice.SignIn;
import org.familyvoice.accounts.AccountService;
import org.familyvoice.accounts.StaffAccount;
import org.familyvoice.feedback.Feedback;
import org.familyvoice.feedback.FeedbackAbout;
import org.familyvoice.feedback.FeedbackForm;
import org.familyvoice.feedback.FeedbackReply;
import org.familyvoice.feedback.FeedbackService;
import org.familyvoice.feedback.Receipt;
import org.familyvoice.families.FamilyMember;
import org.familyvoice.families.FamilyService;
import org.familyvoice.families.MemberType;
import org.familyvoice.improvement.ActionDraft;
import org.familyvoice.improvement.ActionStatus;
import org.familyvoice.improvement.ImprovementArea;
import org.familyvoice.improvement.ImprovementPlanService;
import org.familyvoice.improvement.ProgressNote;
import org.familyvoice.improvement.YouSaidEntry;
import org.familyvoice.improvement.YouSaidService;
import org.familyvoice.meetings.AgendaItem;
import org.familyvoice.meetings.AgendaService;
import org.familyvoice.meetings.Contribution;
import org.familyvoice.meetings.ContributionKind;
import org.familyvoice.meetings.ContributionService;
import org.familyvoice.meetings.MeetingFixtures;
import org.familyvoice.meetings.MeetingId;
import org.familyvoice.meetings.MeetingPlan;
import org.familyvoice.meetings.MeetingService;
import org.familyvoice.meetings.MeetingType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every payload of {@code security/payloads.txt} (scripts, markup, SQL, templates, formulas, controls, unicode edge
 * cases) plus strings at and over each field's limit, through the free-text fields of the services, signed in as the
 * role that types them. Each one is either stored and read back exactly as typed (or exactly as the field documents
 * normalising it: some strip surrounding spaces), or refused with a {@link UserFacingException} that the rule of the
 * field ({@link StorableText}, its length limit, being required) justifies. Nothing else may happen: no SQL error,
 * no other exception, no valid text refused. The counts are printed for docs/security/injection.md.
 */
@IntegrationTest
class InjectionThroughServicesTest extends PayloadFieldsTest {

    /** Staff accounts cost a password hash each: a sparser sample. */
    private static final int STAFF_SAMPLE_EVERY = 12;

    @Autowired SignIn signIn;
    @Autowired FeedbackService feedback;
    @Autowired AgendaService agenda;
    @Autowired ContributionService contributions;
    @Autowired ImprovementPlanService plan;
    @Autowired FamilyService families;
    @Autowired AccountService accounts;
    @Autowired MeetingFixtures meetingFixtures;
    @Autowired MeetingService meetings;
    @Autowired YouSaidService youSaid;
    @Autowired java.time.Clock clock;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theListIsLongEnough() {
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(500);
    }

    @Test
    void feedbackFields() {
        feedbackFields(payloads);
        assertThat(failures).as("payloads mishandled").isEmpty();
    }

    /**
     * The contact details someone without an account leaves for a reply: every payload, each from its own address
     * (the per-address limit is not what is tested here), read back from the row.
     */
    @Test
    void anonymousContactDetails() {
        SignIn.out();
        Field contact = new Field("anonymous contact details", FeedbackService.MAX_CONTACT, true, false, false, Set.of());
        int n = 0;
        for (String p : withLimits(payloads, contact.max())) {
            String address = "payload-" + (n++);
            Receipt r = attempt(contact, p, () -> feedback.giveAnonymously(new FeedbackForm(UUID.randomUUID().toString(),
                    FeedbackAbout.TEAM, null, 3, null, null, null, "Please ring me back", true, false, null, p),
                    address));
            if (r != null) {
                check(contact, p, jdbc.sql("select contact_details from feedback where id = :id")
                        .param("id", r.id().value()).query(String.class).single());
            }
        }
        assertThat(failures).as("payloads mishandled").isEmpty();
    }

    @Test
    void feedbackReplies() {
        replies(payloads);
        assertThat(failures).as("payloads mishandled").isEmpty();
    }

    @Test
    void agendaItems() {
        agendaItems(payloads);
        assertThat(failures).as("payloads mishandled").isEmpty();
    }

    @Test
    void meetingContributions() {
        contributions(payloads);
        assertThat(failures).as("payloads mishandled").isEmpty();
    }

    @Test
    void improvementPlan() {
        improvementPlan(payloads);
        assertThat(failures).as("payloads mishandled").isEmpty();
    }

    @Test
    void familiesAndMembers() {
        familiesAndMembers(payloads);
        assertThat(failures).as("payloads mishandled").isEmpty();
    }

    @Test
    void aNulOrEscapeInANameIsRefusedWithAMessage() {
        // names had no hidden-character rule: H2 stored a NUL, PostgreSQL refused the insert with an SQL error
        var me = signIn.as(SignIn.PRACTITIONER_NORTH);
        assertThat(org.familyvoice.Refusal.of(() -> families.createFamily("INJ-NUL", "The\u0000Harpers", me.id())))
                .isEqualTo("families.error.name-hidden");
        var harper = meetingFixtures.family(MeetingFixtures.HARPER);
        assertThat(org.familyvoice.Refusal.of(() -> families.addMember(harper, "Kai\u001B[2J", "Son",
                MemberType.PARENT, null))).isEqualTo("families.error.member-name-hidden");
        assertThat(org.familyvoice.Refusal.of(() -> families.addMember(harper, "Kai", "Son\u0085",
                MemberType.PARENT, null))).isEqualTo("families.error.relationship-hidden");
        signIn.as(SignIn.ADMIN);
        var team = accounts.teams().getFirst().id();
        assertThat(org.familyvoice.Refusal.of(() -> accounts.createStaff("inj.nul", "Priya\u0000", "PRACTITIONER",
                team))).isEqualTo("accounts.error.name-hidden");
    }

    @Test
    void youSaidWeDid() {
        signIn.as(SignIn.MANAGER_NORTH);
        Field heard = new Field("you said", YouSaidEntry.MAX_TEXT, true, false, false, Set.of());
        Field did = new Field("we did (sample)", YouSaidEntry.MAX_TEXT, true, false, false, Set.of());
        LocalDate today = LocalDate.now(clock);
        for (Field f : List.of(heard, did)) {
            for (String p : withLimits(f == heard ? payloads : InjectionPayloads.sample(SAMPLE_EVERY), f.max())) {
                Long id = attempt(f, p, () -> youSaid.create(new YouSaidEntry.Draft(f == heard ? p : "You said",
                        f == did ? p : "We did", today, null, null, List.of())));
                if (id != null) {
                    var entry = youSaid.find(id).orElseThrow();
                    check(f, p, f == heard ? entry.heard() : entry.did());
                }
            }
        }
        assertThat(failures).as("payloads mishandled").isEmpty();
    }

    @Test
    void meetingPlaceAndOnlineLink() {
        signIn.as(SignIn.PRACTITIONER_NORTH);
        var harper = meetingFixtures.family(MeetingFixtures.HARPER);
        var members = List.of(meetingFixtures.member(harper, "Leanne Harper"));
        Field place = new Field("meeting place (sample)", MeetingService.MAX_PLACE, false, true, false, Set.of());
        int slot = 0;
        for (String p : withLimits(InjectionPayloads.sample(SAMPLE_EVERY), place.max())) {
            var start = meetingFixtures.ahead(Duration.ofDays(30).plusHours(2L * slot++));
            var id = attempt(place, p, () -> meetings.schedule(harper,
                    new MeetingPlan(MeetingType.CHILD_IN_NEED, start, 60, p, null, members, List.of())));
            if (id != null) {
                check(place, p, meetings.getMeeting(id).place());
            }
        }
        // an online link is a link families click: only a plain https link to a host is kept; every script, data,
        // javascript or markup payload is refused with the link's message
        List<String> links = new ArrayList<>(InjectionPayloads.sample(SAMPLE_EVERY));
        links.addAll(InjectionPayloads.byCategory().get("javascript: and data: URLs"));
        links.addAll(List.of("https://meet.example.org/harper?pwd=1", "HTTPS://meet.example.org/x"));
        for (String p : links) {
            var start = meetingFixtures.ahead(Duration.ofDays(30).plusHours(2L * slot++));
            try {
                var id = meetings.schedule(harper,
                        new MeetingPlan(MeetingType.CHILD_IN_NEED, start, 60, "Northgate", p, members, List.of()));
                String link = meetings.getMeeting(id).onlineLink();
                count("meeting online link", "accepted");
                if (link != null && !link.matches("https://[A-Za-z0-9.-]+\\.[A-Za-z0-9.-]+(:\\d+)?([/?#][\\x21-\\x7e]*)?")) {
                    failures.add("online link kept: " + InjectionPayloads.shown(link));
                }
            } catch (UserFacingException e) {
                count("meeting online link", "refused " + e.messageKey());
            } catch (RuntimeException e) {
                failures.add("online link: " + e + " for " + InjectionPayloads.shown(p));
            }
        }
        assertThat(failures).as("payloads mishandled").isEmpty();
    }

    @Test
    void staffNames() {
        staffNames(payloads);
        assertThat(failures).as("payloads mishandled").isEmpty();
    }

    // ---------------------------------------------------------------- the fields

    private void feedbackFields(List<String> payloads) {
        signIn.as(SignIn.PARENT_HARPER);
        Field wentWell = new Field("feedback what went well", FeedbackService.MAX_TEXT, true, false, true, Set.of());
        Field better = new Field("feedback could be better", FeedbackService.MAX_TEXT, true, false, true, Set.of());
        Field detail = new Field("feedback about which", FeedbackService.MAX_DETAIL, true, false, true, Set.of());
        Map<String, Function<Feedback, String>> stored = new HashMap<>();
        Map<String, String> typed = new HashMap<>();
        Map<String, Field> fieldOf = new HashMap<>();
        for (Field f : List.of(wentWell, better, detail)) {
            for (String p : withLimits(f == wentWell ? payloads : InjectionPayloads.sample(SAMPLE_EVERY), f.max())) {
                attempt(f, p, () -> {
                    FeedbackForm form = new FeedbackForm(UUID.randomUUID().toString(), FeedbackAbout.SOCIAL_WORKER,
                            f == detail ? p : null, 4, null, null, f == wentWell ? p : null, f == better ? p : null,
                            false, false, null, null);
                    Receipt r = feedback.give(form);
                    typed.put(r.reference(), p);
                    fieldOf.put(r.reference(), f);
                    stored.put(r.reference(), f == wentWell ? Feedback::wentWell
                            : f == better ? Feedback::couldBeBetter : Feedback::aboutDetail);
                    return null;
                });
            }
        }
        // read back once: blank text is kept as "not answered"
        for (Feedback fb : feedback.myFeedback(0, Integer.MAX_VALUE)) {
            String p = typed.get(fb.reference());
            if (p != null) {
                String got = stored.get(fb.reference()).apply(fb);
                check(fieldOf.get(fb.reference()), p, got == null && p.isBlank() ? p : got);
                typed.remove(fb.reference());
            }
        }
        typed.values().forEach(p -> failures.add("feedback: accepted but not found: " + InjectionPayloads.shown(p)));
    }

    private void replies(List<String> payloads) {
        signIn.as(SignIn.PARENT_HARPER);
        Receipt r = feedback.give(new FeedbackForm(UUID.randomUUID().toString(), FeedbackAbout.SOCIAL_WORKER, null, 2,
                null, null, null, "Please call me back", true, false, null, null));
        signIn.as(SignIn.PRACTITIONER_NORTH);
        Field reply = new Field("feedback reply", FeedbackService.MAX_TEXT, true, false, false, Set.of());
        List<String> accepted = new ArrayList<>();
        for (String p : withLimits(payloads, reply.max())) {
            if (attempt(reply, p, () -> feedback.reply(r.id(), p)) != null) {
                accepted.add(p);
            }
        }
        List<FeedbackReply> stored = feedback.open(r.id()).replies();
        compareInOrder(reply, accepted, stored.stream().map(FeedbackReply::text).toList());
    }

    private void agendaItems(List<String> payloads) {
        MeetingId meeting = meetingFixtures.harperMeeting(Duration.ofDays(20));
        signIn.as(SignIn.PRACTITIONER_NORTH);
        Field item = new Field("agenda item (worker's own)", AgendaService.MAX_TEXT, true, false, false, Set.of());
        Map<Long, String> typed = new LinkedHashMap<>();
        long version = agenda.staffAgenda(meeting).agendaVersion();
        for (String p : withLimits(payloads, item.max())) {
            long seen = version;
            var id = attempt(item, p, () -> agenda.addOwn(meeting, seen, p));
            if (id != null) {
                typed.put(id.value(), p);
                version++; // each change moves the agenda on by one (a wrong guess would be refused: "changed")
            }
        }
        Map<Long, String> stored = agenda.staffAgenda(meeting).items().stream()
                .filter(AgendaItem::practitioners)
                .collect(Collectors.toMap(i -> i.id().value(), i -> String.valueOf(i.staffText())));
        typed.forEach((id, p) -> check(item, p, stored.get(id)));
    }

    private void contributions(List<String> payloads) {
        MeetingId meeting = meetingFixtures.harperMeeting(Duration.ofDays(21));
        signIn.as(SignIn.YOUNG_HARPER);
        Field words = new Field("meeting contribution (young person)", ContributionService.MAX_TEXT, true, false,
                false, Set.of());
        Map<Long, String> typed = new LinkedHashMap<>();
        for (String p : withLimits(payloads, words.max())) {
            var id = attempt(words, p, () -> contributions.add(meeting, ContributionKind.WORRIED_ABOUT, p, null, null));
            if (id != null) {
                typed.put(id.value(), p);
            }
        }
        Map<Long, String> stored = contributions.mine(meeting).stream()
                .collect(Collectors.toMap(c -> c.id().value(), Contribution::text));
        typed.forEach((id, p) -> check(words, p, stored.get(id)));
    }

    private void improvementPlan(List<String> payloads) {
        signIn.as(SignIn.ADMIN);
        Field name = new Field("improvement area name", ImprovementPlanService.MAX_AREA_NAME, false, true, false,
                Set.of("improvement.error.area-name-taken"));
        Field description = new Field("improvement area description", ImprovementPlanService.MAX_AREA_DESCRIPTION,
                true, true, true, Set.of());
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, String> descriptions = new LinkedHashMap<>();
        int i = 0;
        for (String p : withLimits(InjectionPayloads.sample(SAMPLE_EVERY), name.max())) {
            Long id = attempt(name, p, () -> plan.addArea(p, "injection test"));
            if (id != null) {
                names.put(id, p);
            }
        }
        for (String p : withLimits(payloads, description.max())) {
            String unique = "Injection description " + i++;
            Long id = attempt(description, p, () -> plan.addArea(unique, p));
            if (id != null) {
                descriptions.put(id, p);
            }
        }
        Map<Long, ImprovementArea> areas = plan.plan().stream()
                .collect(Collectors.toMap(ImprovementArea::id, a -> a));
        names.forEach((id, p) -> check(name, p, areas.get(id).name()));
        descriptions.forEach((id, p) -> check(description, p, areas.get(id).description()));

        long areaId = names.keySet().iterator().next();
        Field title = new Field("improvement action title", ImprovementPlanService.MAX_TITLE, false, true, false,
                Set.of());
        Field owner = new Field("improvement action owner", ImprovementPlanService.MAX_OWNER, false, true, false,
                Set.of());
        LocalDate due = LocalDate.now().plusMonths(3);
        for (Field f : List.of(title, owner)) {
            for (String p : withLimits(InjectionPayloads.sample(SAMPLE_EVERY), f.max())) {
                Long id = attempt(f, p, () -> plan.addAction(new ActionDraft(areaId, f == title ? p : "Title",
                        f == owner ? p : "Owner", due, ActionStatus.ON_TRACK)));
                if (id != null) {
                    var action = plan.action(id);
                    check(f, p, f == title ? action.title() : action.ownerName());
                }
            }
        }
        long actionId = plan.addAction(new ActionDraft(areaId, "Notes", "Owner", due, ActionStatus.ON_TRACK));
        Field note = new Field("improvement progress note", ImprovementPlanService.MAX_NOTE, true, true, false,
                Set.of());
        Map<Long, String> notes = new LinkedHashMap<>();
        for (String p : withLimits(payloads, note.max())) {
            Long id = attempt(note, p, () -> plan.addNote(actionId, p));
            if (id != null) {
                notes.put(id, p);
            }
        }
        Map<Long, String> stored = plan.notes(actionId, 0, Integer.MAX_VALUE).stream()
                .collect(Collectors.toMap(ProgressNote::id, ProgressNote::note));
        notes.forEach((id, p) -> check(note, p, stored.get(id)));
    }

    private void familiesAndMembers(List<String> payloads) {
        var me = signIn.as(SignIn.PRACTITIONER_NORTH);
        Field familyName = new Field("family name", 120, false, true, false, Set.of());
        Field memberName = new Field("family member name", 120, false, true, false, Set.of());
        Field relationship = new Field("family member relationship", 60, false, true, false, Set.of());
        Map<Long, String> typed = new LinkedHashMap<>();
        int i = 0;
        for (String p : withLimits(payloads, familyName.max())) {
            String reference = "INJ-" + i++;
            var id = attempt(familyName, p, () -> families.createFamily(reference, p, me.id()));
            if (id != null) {
                typed.put(id.value(), p);
                check(familyName, p, families.getFamily(id).displayName());
            }
        }
        var family = families.createFamily("INJ-MEMBERS", "Injection members", me.id());
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, String> relationships = new LinkedHashMap<>();
        for (String p : withLimits(InjectionPayloads.sample(SAMPLE_EVERY), memberName.max())) {
            var id = attempt(memberName, p, () -> families.addMember(family, p, "Aunt", MemberType.PARENT, null));
            if (id != null) {
                names.put(id.value(), p);
            }
        }
        for (String p : withLimits(InjectionPayloads.sample(SAMPLE_EVERY), relationship.max())) {
            var id = attempt(relationship, p, () -> families.addMember(family, "Sam", p, MemberType.PARENT, null));
            if (id != null) {
                relationships.put(id.value(), p);
            }
        }
        Map<Long, FamilyMember> members = families.members(family).stream()
                .collect(Collectors.toMap(m -> m.id().value(), m -> m));
        names.forEach((id, p) -> check(memberName, p, members.get(id).name()));
        relationships.forEach((id, p) -> check(relationship, p, members.get(id).relationship()));
    }

    private void staffNames(List<String> payloads) {
        signIn.as(SignIn.ADMIN);
        Field name = new Field("staff display name (sample)", 120, false, true, false, Set.of());
        var team = accounts.teams().getFirst().id();
        List<String> sample = withLimits(InjectionPayloads.sample(STAFF_SAMPLE_EVERY), name.max());
        Map<Long, String> typed = new LinkedHashMap<>();
        int i = 0;
        for (String p : sample) {
            String username = "inj." + i++;
            var created = attempt(name, p, () -> accounts.createStaff(username, p, "PRACTITIONER", team));
            if (created != null) {
                typed.put(created.userId().value(), p);
            }
        }
        Map<Long, String> stored = accounts.findStaff(0, Integer.MAX_VALUE).stream()
                .collect(Collectors.toMap(s -> s.id().value(), StaffAccount::displayName));
        typed.forEach((id, p) -> check(name, p, stored.get(id)));
    }
}

package org.familyvoice.meetings;

import org.familyvoice.SignIn;
import org.familyvoice.base.FamilyId;
import org.familyvoice.families.FamilyMember;
import org.familyvoice.families.FamilyService;
import org.familyvoice.families.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

/**
 * Demo families, their members and a Harper meeting, set up one way for every meeting test (service and Karibu alike):
 * the Harpers (FV-1001) are Priya's family in the North team, with Leanne (parent), Kai (young person) and Tom (parent,
 * no account). Times come from the test clock.
 */
@Component
public class MeetingFixtures {

    public static final String HARPER = "FV-1001";
    private static final String LEANNE = "Leanne Harper";
    private static final String KAI = "Kai Harper";

    private final MeetingService meetings;
    private final FamilyService families;
    private final SignIn signIn;
    private final JdbcClient jdbc;
    private final Clock clock;

    MeetingFixtures(MeetingService meetings, FamilyService families, SignIn signIn, JdbcClient jdbc, Clock clock) {
        this.meetings = meetings;
        this.families = families;
        this.signIn = signIn;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A demo family by its case reference, e.g. {@code FV-2001} (the Adeyemis, South team). */
    public FamilyId family(String caseReference) {
        return new FamilyId(jdbc.sql("select id from family where case_reference = :r").param("r", caseReference)
                .query(Long.class).single());
    }

    /** A member of the family by name; whoever is signed in must be able to read the family. */
    public MemberId member(FamilyId family, String name) {
        return families.members(family).stream().filter(m -> m.name().equals(name)).map(FamilyMember::id)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no member " + name + " in " + family));
    }

    /** That long from the test clock's now, to the minute (as a meeting is booked). */
    public Instant ahead(Duration duration) {
        return clock.instant().plus(duration).truncatedTo(ChronoUnit.MINUTES);
    }

    /**
     * A Harper child-in-need meeting of an hour at Northgate Family Centre, starting {@code ahead} from now (to the
     * minute), with Leanne and Kai invited, or only those named. Priya schedules it, so the family is told as usual;
     * whoever was signed in before (or nobody) is signed in again afterwards, so a Karibu test keeps its signed-in
     * person and a service test starts the next step signed out.
     */
    public MeetingId harperMeeting(Duration ahead, String... invited) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        signIn.as(SignIn.PRACTITIONER_NORTH);
        try {
            FamilyId harper = family(HARPER);
            List<MemberId> members = (invited.length == 0 ? Stream.of(LEANNE, KAI) : Stream.of(invited))
                    .map(name -> member(harper, name)).toList();
            return meetings.schedule(harper, new MeetingPlan(MeetingType.CHILD_IN_NEED, ahead(ahead), 60,
                    "Northgate Family Centre", null, members, List.of()));
        } finally {
            if (before == null) {
                SignIn.out();
            } else {
                SecurityContextHolder.getContext().setAuthentication(before);
            }
        }
    }

    /** The text made unique to this test run, so a search for it finds this test's item only. */
    public static String unique(String text) {
        return text + " #" + System.nanoTime();
    }

    /** Moves the (hour-long) meeting so that it started {@code ago} before now (so its outcomes can be recorded). */
    public void startedAgo(MeetingId meeting, Duration ago) {
        jdbc.sql("update meeting set starts_at = :t where id = :id")
                .param("t", java.sql.Timestamp.from(clock.instant().minus(ago))).param("id", meeting.value()).update();
    }
}

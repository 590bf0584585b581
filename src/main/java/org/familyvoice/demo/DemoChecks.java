package org.familyvoice.demo;

import org.familyvoice.demo.DemoCast.Crew;
import org.familyvoice.demo.DemoCast.Household;
import org.familyvoice.demo.DemoCast.Person;
import org.familyvoice.demo.DemoCast.Worker;
import org.familyvoice.demo.DemoTexts.Text;
import org.familyvoice.demo.DemoTexts.Tone;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A year of meetings for the demo families and the post-meeting checks answered after them ("did you feel
 * listened to?", "do you know what happens next?"), by the parent or carer, the young person and the worker.
 * North's answers get better after its change in practice; South's get worse in the last quarter; meetings in
 * South and East in the last month are at the new family hub.
 */
final class DemoChecks {

    /** Meetings a team holds in a month (one block of {@link DemoVoices#block}). */
    private static final int NORTH_MEETINGS = 4;
    private static final int OTHER_MEETINGS = 3;

    private static final List<String> ANSWERS = List.of("YES", "PARTLY", "NO");

    private final JdbcClient jdbc;
    private final Random random;
    private final java.util.Map<String, double[]> balances = new java.util.HashMap<>();
    private final DemoTexts texts;
    private final Instant now;
    private final LocalDate today;

    DemoChecks(JdbcClient jdbc, Clock clock, Random random, DemoTexts texts) {
        this.jdbc = jdbc;
        this.random = random;
        this.texts = texts;
        this.now = clock.instant();
        this.today = LocalDate.ofInstant(now, DemoFeedbackRows.LONDON);
    }

    void load(DemoCast cast) {
        for (Crew crew : cast.crews.values()) {
            List<Household> turns = new ArrayList<>(crew.families());
            Collections.shuffle(turns, random);
            int next = 0;
            int perBlock = crew.key().equals(DemoCast.NORTH) ? NORTH_MEETINGS : OTHER_MEETINGS;
            for (int block = 0; block < 12; block++) {
                for (int i = 0; i < perBlock; i++) {
                    int day = -365 + (block * 365 + 11) / 12 + random.nextInt(28);
                    LocalDate date = today.plusDays(Math.min(day, -3));
                    while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                        date = date.minusDays(1);
                    }
                    meeting(crew, turns.get(next++ % turns.size()), date);
                }
            }
        }
    }

    private void meeting(Crew crew, Household family, LocalDate date) {
        int day = (int) (date.toEpochDay() - today.toEpochDay());
        Worker worker = family.workerOn(day);
        Instant startsAt = date.atTime(random.nextBoolean() ? 10 : 13, random.nextBoolean() ? 0 : 30)
                .atZone(DemoFeedbackRows.LONDON).toInstant();
        double r = random.nextDouble();
        String type = r < 0.45 ? "CHILD_IN_NEED" : r < 0.8 ? "CIN_REVIEW" : r < 0.88 ? "FAMILY_GROUP_CONFERENCE"
                : r < 0.96 ? "CHILD_PROTECTION_CONFERENCE" : "LAC_REVIEW";
        boolean online = random.nextDouble() < 0.1;
        String place = online ? null : place(crew, day);
        jdbc.sql("""
                        insert into meeting (family_id, meeting_type, starts_at, duration_minutes, place, online_link,
                                             status, created_by, created_at, changed_at)
                        values (:f, :type, :at, :minutes, :place, :link, 'SCHEDULED', :by, :created, :created)""")
                .param("f", family.id()).param("type", type).param("at", Timestamp.from(startsAt))
                .param("minutes", random.nextBoolean() ? 60 : 90).param("place", place, Types.VARCHAR)
                .param("link", online ? "https://meet.example.org/" + family.reference().toLowerCase() + "-" + day : null,
                        Types.VARCHAR)
                .param("by", worker.id()).param("created", Timestamp.from(startsAt.minus(Duration.ofDays(21))))
                .update();
        long meeting = jdbc.sql("select max(id) from meeting where family_id = :f").param("f", family.id())
                .query(Long.class).single();
        invite(meeting, family.parent());
        if (family.young() != null) {
            invite(meeting, family.young());
        }
        Commenter by = new Commenter(crew, family, worker, day, startsAt);
        if (random.nextDouble() < 0.75) {
            check(meeting, family.parent().userId(), "PARENT", by);
        }
        if (family.young() != null && random.nextDouble() < 0.65) {
            check(meeting, family.young().userId(), "CHILD", by);
        }
        if (random.nextDouble() < 0.55) {
            check(meeting, worker.id(), "PRACTITIONER", by);
        }
    }

    private String place(Crew crew, int day) {
        if (!crew.key().equals(DemoCast.NORTH) && day > -30) {
            return "Riverside Family Hub, Room " + (1 + random.nextInt(4));
        }
        return switch (crew.key()) {
            case DemoCast.NORTH -> "Northgate Family Centre, Room " + (1 + random.nextInt(2));
            case DemoCast.SOUTH -> "Southmead Children's Centre";
            default -> "Eastfield Family Centre";
        };
    }

    private void invite(long meeting, Person person) {
        jdbc.sql("insert into meeting_attendee (meeting_id, family_member_id) values (:m, :fm)")
                .param("m", meeting).param("fm", person.memberId()).update();
    }

    /** The meeting as the people answering about it know it. */
    private record Commenter(Crew crew, Household family, Worker worker, int day, Instant startsAt) {
    }

    /** One answer to the check; about half the family and some workers add a comment in the answer's tone. */
    private void check(long meeting, long user, String respondent, Commenter about) {
        String listened = answer(about.crew(), about.day(), respondent);
        String next = next(listened);
        Text text = null;
        if (!respondent.equals("PRACTITIONER") && random.nextDouble() < 0.5) {
            Tone tone = listened.equals("YES") ? Tone.GOOD : listened.equals("PARTLY") ? Tone.MIXED : Tone.BAD;
            text = texts.again("CK", respondent.equals("CHILD"), tone);
        } else if (respondent.equals("PRACTITIONER") && random.nextDouble() < 0.4) {
            text = texts.again("PR", false, random.nextBoolean() ? Tone.GOOD : Tone.MIXED);
        }
        String comment = text == null ? null : fill(text.first(), about);
        Instant answeredAt = about.startsAt().plus(Duration.ofHours(2 + random.nextInt(48)));
        if (answeredAt.isAfter(now.minus(Duration.ofHours(1)))) {
            answeredAt = now.minus(Duration.ofHours(1));
        }
        jdbc.sql("""
                        insert into meeting_check (meeting_id, user_id, respondent, listened_to, knows_next, comment,
                                                   may_use_for_improvement, answered_at)
                        values (:m, :u, :r, :l, :k, :c, :use, :at)""")
                .param("m", meeting).param("u", user).param("r", respondent).param("l", listened).param("k", next)
                .param("c", comment, Types.VARCHAR).param("use", random.nextDouble() < 0.85)
                .param("at", Timestamp.from(answeredAt)).update();
    }

    private static @Nullable String fill(@Nullable String template, Commenter c) {
        return DemoTexts.fill(template, key -> switch (key) {
            case "c" -> c.family().children().isEmpty() ? "my child" : c.family().children().getFirst().first();
            case "kid" -> c.family().children().isEmpty() ? "my child" : c.family().children().getFirst().mine();
            default -> c.worker().first();
        });
    }

    /** "Did you feel listened to?": North better after its change, South worse in the last quarter. */
    private String answer(Crew crew, int day, String respondent) {
        double yes;
        double no;
        if (respondent.equals("PRACTITIONER")) {
            yes = 0.7;
            no = 0.05;
        } else if (crew.key().equals(DemoCast.NORTH)) {
            double t = Math.clamp((day - DemoVoices.NORTH_CHANGE) / (double) -DemoVoices.NORTH_CHANGE, 0, 1);
            yes = 0.25 + 0.5 * t;
            no = 0.4 - 0.32 * t;
        } else if (crew.key().equals(DemoCast.SOUTH)) {
            yes = day > -90 ? 0.35 : 0.5;
            no = day > -90 ? 0.35 : 0.2;
        } else {
            yes = 0.55;
            no = 0.15;
        }
        if (respondent.equals("CHILD")) {
            yes -= 0.05;
            no += 0.05;
        }
        // Each side's answers follow these chances closely rather than by luck: the answer given is the one most
        // behind its expected share so far (with a little noise, so the order does not repeat).
        double[] chance = {yes, 1 - yes - no, no};
        double[] balance = balances.computeIfAbsent(crew.key() + respondent, k -> new double[3]);
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < 3; c++) {
            balance[c] += chance[c];
            double score = balance[c] + 0.3 * random.nextDouble();
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        balance[best] -= 1;
        return ANSWERS.get(best);
    }

    private String next(String listened) {
        double r = random.nextDouble();
        return switch (listened) {
            case "YES" -> r < 0.7 ? "YES" : r < 0.95 ? "PARTLY" : "NO";
            case "PARTLY" -> r < 0.35 ? "YES" : r < 0.8 ? "PARTLY" : "NO";
            default -> r < 0.1 ? "YES" : r < 0.5 ? "PARTLY" : "NO";
        };
    }
}

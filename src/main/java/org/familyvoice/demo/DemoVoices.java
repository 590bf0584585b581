package org.familyvoice.demo;

import org.familyvoice.demo.DemoCast.Crew;
import org.familyvoice.demo.DemoCast.Household;
import org.familyvoice.demo.DemoTexts.Text;
import org.familyvoice.demo.DemoTexts.Tone;
import org.familyvoice.themes.VoiceRecorder;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * A year of what families said, across three teams, with patterns a manager should find on the dashboard:
 * <ul>
 *   <li>North: families felt unheard until a change in practice about 200 days ago (the family writes the agenda,
 *   the young person speaks first); since then "being listened to" turns from mostly negative to mostly positive,
 *   and more people answer "yes" to "did you feel listened to?" after meetings;</li>
 *   <li>South: two workers left and an agency worker came in the last quarter; complaints about changes of
 *   worker and about reaching anyone rise sharply in the last 90 days;</li>
 *   <li>South and East: meetings and contact moved to a new family hub in the last month; at least eight people
 *   say it is far away and has nowhere to park, in words no theme covers yet (an emerging theme);</li>
 *   <li>East: interpreters, translated letters and plain language come up all year.</li>
 * </ul>
 * Everything else is everyday feedback, good and bad, parents' and young people's, named and anonymous. The
 * numbers come from a fixed seed, so every start (and every test) gets the same data relative to today.
 */
final class DemoVoices {

    /** The seed of everything random in the demo voices. */
    static final long SEED = 20_260_401L;

    static final String PARENT = "PARENT";
    static final String YOUNG_PERSON = "YOUNG_PERSON";
    static final String ANONYMOUS = "ANONYMOUS";

    /** The day of North's change in practice, counted from today. */
    static final int NORTH_CHANGE = -200;

    /** One feedback form to be stored: {@code team} null for anonymous feedback naming no team. */
    record Form(int day, Crew home, @Nullable Crew team, @Nullable Household family, String source,
                @Nullable Text text, Tone tone, boolean extra) {
    }

    private final JdbcClient jdbc;
    private final VoiceRecorder voices;
    private final Clock clock;
    private final Random random = new Random(SEED);

    DemoVoices(JdbcClient jdbc, VoiceRecorder voices, Clock clock) {
        this.jdbc = jdbc;
        this.voices = voices;
        this.clock = clock;
    }

    /** Adds the people, a year of feedback and post-meeting checks, then tags and counts every demo text. */
    void load(long north, long south, String hash, Map<String, String> logins) {
        DemoCast cast = DemoCast.create(jdbc, hash, clock.instant(), random, north, south, logins);
        DemoTexts texts = new DemoTexts(random);
        List<Form> forms = plan(cast, texts);
        DemoFeedbackRows rows = new DemoFeedbackRows(jdbc, clock, random, texts);
        forms.stream().sorted(Comparator.comparingInt(Form::day)).forEach(rows::insert);
        new DemoChecks(jdbc, clock, random, texts).load(cast);
        new DemoRecording(jdbc, voices).recordAll();
    }

    private List<Form> plan(DemoCast cast, DemoTexts texts) {
        Crew north = cast.crews.get(DemoCast.NORTH);
        Crew south = cast.crews.get(DemoCast.SOUTH);
        Crew east = cast.crews.get(DemoCast.EAST);
        List<Form> forms = new ArrayList<>();
        List<Text> unheard = texts.drain("NLN");
        int lingering = 4; // old habits: a few still felt unheard in the months after the change
        pinned(forms, unheard.subList(lingering, unheard.size()), List.of(north), between(-364, NORTH_CHANGE - 1), false);
        pinned(forms, unheard.subList(0, lingering), List.of(north), between(-182, -100), false);
        pinned(forms, texts.drain("NLM"), List.of(north), between(NORTH_CHANGE, -92), false);
        // more and more people feel heard as the change settles in: later days are likelier
        pinned(forms, texts.drain("NLP"), List.of(north),
                () -> -1 - (int) (-NORTH_CHANGE * Math.pow(random.nextDouble(), 1.4)), false);
        pinned(forms, texts.drain("SWB"), List.of(south), between(-182, -92), false);
        pinned(forms, texts.drain("SWC"), List.of(south), between(-89, -1), true);
        pinned(forms, texts.drain("SAV"), List.of(south), between(-89, -1), true);
        pinned(forms, texts.drain("HUB"), List.of(south, east), between(-27, -1), true);
        pinned(forms, texts.drain("EAC"), List.of(east), between(-364, -1), false);
        for (int block = 0; block < 12; block++) {
            for (Crew crew : List.of(north, south, east)) {
                int target = baseline(crew) + (block >= 6 ? 1 : 0);
                final int b = block;
                long have = forms.stream().filter(f -> f.home() == crew && !f.extra() && block(f.day()) == b).count();
                for (long i = have; i < target; i++) {
                    forms.add(general(crew, texts, dayIn(block)));
                }
            }
        }
        return forms;
    }

    /** General forms a team gets in about a month (the second half of the year one more: more families use it). */
    private static int baseline(Crew crew) {
        return switch (crew.key()) {
            case DemoCast.NORTH -> 11;
            case DemoCast.SOUTH -> 10;
            default -> 7;
        };
    }

    /** Months of the last year, 0 the oldest: day -365..-1 in twelve nearly equal blocks. */
    static int block(int day) {
        return (day + 365) * 12 / 365;
    }

    private int dayIn(int block) {
        int from = -365 + (block * 365 + 11) / 12;
        int to = -365 + ((block + 1) * 365 + 11) / 12 - 1;
        return from + random.nextInt(to - from + 1);
    }

    private IntSupplier between(int from, int to) {
        return () -> from + random.nextInt(to - from + 1);
    }

    /** A pattern's texts, each once, on the days given, by different families where possible. */
    private void pinned(List<Form> forms, List<Text> texts, List<Crew> crews, IntSupplier days, boolean extra) {
        Set<Household> used = new HashSet<>();
        int i = 0;
        for (Text text : texts) {
            Crew crew = crews.get(i++ % crews.size());
            int day = days.getAsInt();
            String source = text.young() ? (random.nextDouble() < 0.75 ? YOUNG_PERSON : ANONYMOUS)
                    : (random.nextDouble() < 0.65 ? PARENT : ANONYMOUS);
            Household family = source.equals(ANONYMOUS) ? null : pick(crew, text.young(), used);
            if (family == null) {
                source = ANONYMOUS;
            }
            forms.add(new Form(day, crew, crew, family, source, text, text.tone(), extra));
        }
    }

    private Form general(Crew crew, DemoTexts texts, int day) {
        double r = random.nextDouble();
        String source = r < 0.5 ? PARENT : r < 0.7 ? YOUNG_PERSON : ANONYMOUS;
        boolean young = source.equals(YOUNG_PERSON) || (source.equals(ANONYMOUS) && random.nextDouble() < 0.15);
        Text text = random.nextDouble() < 0.15 ? null : texts.take(young ? "YPG" : "GEN", young);
        Household family = source.equals(ANONYMOUS) ? null : pick(crew, young, null);
        if (family == null) {
            source = ANONYMOUS;
        }
        Crew team = source.equals(ANONYMOUS) && random.nextDouble() < 0.1 ? null : crew;
        return new Form(day, crew, team, family, source, text, text == null ? tone(crew, day) : text.tone(), false);
    }

    /** How a form with ratings only feels: worse in North before the change and in South's last quarter. */
    private Tone tone(Crew crew, int day) {
        double bad = crew.key().equals(DemoCast.NORTH) && day < NORTH_CHANGE ? 0.5
                : crew.key().equals(DemoCast.SOUTH) && day > -90 ? 0.45 : 0.25;
        double r = random.nextDouble();
        return r < bad ? Tone.BAD : r < bad + 0.3 ? Tone.MIXED : Tone.GOOD;
    }

    /** A family of the team with a parent (or young person) account, preferring ones not in {@code used}. */
    private @Nullable Household pick(Crew crew, boolean young, @Nullable Set<Household> used) {
        List<Household> candidates = young ? crew.withYoung() : crew.families();
        if (candidates.isEmpty()) {
            return null;
        }
        if (used != null) {
            List<Household> fresh = candidates.stream().filter(h -> !used.contains(h)).toList();
            if (!fresh.isEmpty()) {
                candidates = fresh;
            }
        }
        Household chosen = candidates.get(random.nextInt(candidates.size()));
        if (used != null) {
            used.add(chosen);
        }
        return chosen;
    }
}

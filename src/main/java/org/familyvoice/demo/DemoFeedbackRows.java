package org.familyvoice.demo;

import org.familyvoice.demo.DemoCast.Crew;
import org.familyvoice.demo.DemoCast.Household;
import org.familyvoice.demo.DemoCast.Person;
import org.familyvoice.demo.DemoCast.Worker;
import org.familyvoice.demo.DemoTexts.Text;
import org.familyvoice.demo.DemoTexts.Tone;
import org.familyvoice.demo.DemoVoices.Form;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Stores a planned demo feedback form as the feedback service would have (words as typed, ratings that agree with
 * them), and what staff did since: read it, and for some who asked to be contacted, replied.
 */
final class DemoFeedbackRows {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** As {@code feedback.ReferenceCodes}: letters and digits that cannot be confused. */
    private static final String ALPHABET = "2346789ABCDEFGHJKMNPQRTWXYZ";
    private static final List<String> ANONYMOUS_CHILD = List.of("my son", "my daughter");
    private static final List<String> POSTCODES = List.of("NG7 2QX", "LS11 6PB", "S2 4JT", "M14 5RH");
    private static final List<String> STREETS = List.of("14 Cedar Road", "3 Albion Street", "27 Mill Lane",
            "8 Primrose Close");

    private final JdbcClient jdbc;
    private final Random random;
    private final DemoTexts texts;
    private final Instant now;
    private final LocalDate today;
    private final Set<String> references = new HashSet<>();

    DemoFeedbackRows(JdbcClient jdbc, Clock clock, Random random, DemoTexts texts) {
        this.jdbc = jdbc;
        this.random = random;
        this.texts = texts;
        this.now = clock.instant();
        this.today = LocalDate.ofInstant(now, LONDON);
    }

    void insert(Form form) {
        Instant at = today.plusDays(form.day()).atTime(7 + random.nextInt(16), random.nextInt(60)).atZone(LONDON)
                .toInstant();
        if (at.isAfter(now.minus(Duration.ofHours(1)))) {
            at = now.minus(Duration.ofHours(2 + random.nextInt(20)));
        }
        Household family = form.family();
        Person author = family == null ? null : form.source().equals(DemoVoices.YOUNG_PERSON) ? family.young()
                : family.parent();
        // anonymous words name the worker of one of the team's families at the time
        Worker worker = (family != null ? family
                : form.home().families().get(random.nextInt(form.home().families().size()))).workerOn(form.day());
        Function<String, String> values = values(form, worker, author);
        Text text = form.text();
        String wentWell = text == null ? null : DemoTexts.fill(text.first(), values);
        String better = text == null ? null : DemoTexts.fill(text.second(), values);
        boolean young = form.source().equals(DemoVoices.YOUNG_PERSON);
        Integer[] ratings = ratings(form, young);

        String about = text != null && text.pool().equals("HUB") ? "MEETING"
                : text != null && text.namesWorker() ? "SOCIAL_WORKER"
                : pickAbout(family != null);
        boolean mayContact = random.nextDouble() < (author == null ? 0.12 : young ? 0.25 : 0.45);
        boolean mayUse = random.nextDouble() < (text != null && text.pool().equals("HUB") ? 0.95 : 0.88);
        String contact = author == null && mayContact ? values.apply(random.nextBoolean() ? "phone" : "email") : null;

        long daysAgo = Duration.between(at, now).toDays();
        boolean replied = author != null && mayContact && daysAgo > 5 && random.nextDouble() < 0.6;
        String status = replied ? "REPLIED" : daysAgo <= 5 && random.nextDouble() < 0.6 ? "RECEIVED" : "READ";
        Instant readAt = status.equals("RECEIVED") ? null : min(at.plus(Duration.ofHours(3 + random.nextInt(70))));
        Crew crew = form.team() == null ? form.home() : form.team();
        Long readBy = readAt == null ? null : family != null ? worker.id() : crew.manager().id();
        String reference = reference();

        jdbc.sql("""
                        insert into feedback (reference, submission_key, source, about, family_id, team_id,
                            practitioner_id, author_user_id, author_name, listened, understood, respected, went_well,
                            could_be_better, may_contact, may_use_words, contact_details, flagged, status, submitted_at,
                            reply_expected_by, read_at, read_by)
                        values (:ref, :key, :source, :about, :family, :team, :practitioner, :author, :authorName,
                            :listened, :understood, :respected, :wentWell, :better, :mayContact, :mayUse, :contact,
                            false, :status, :at, :replyBy, :readAt, :readBy)""")
                .param("ref", reference).param("key", "demo-" + reference).param("source", form.source())
                .param("about", about).param("family", family == null ? null : family.id(), Types.BIGINT)
                .param("team", form.team() == null ? null : form.team().teamId(), Types.BIGINT)
                .param("practitioner", family == null ? null : worker.id(), Types.BIGINT)
                .param("author", author == null ? null : author.userId(), Types.BIGINT)
                .param("authorName", author == null ? null : author.name(), Types.VARCHAR)
                .param("listened", ratings[0], Types.INTEGER).param("understood", ratings[1], Types.INTEGER)
                .param("respected", ratings[2], Types.INTEGER).param("wentWell", wentWell, Types.VARCHAR)
                .param("better", better, Types.VARCHAR).param("mayContact", mayContact).param("mayUse", mayUse)
                .param("contact", contact, Types.VARCHAR).param("status", status).param("at", Timestamp.from(at))
                .param("replyBy", mayContact ? Timestamp.from(at.plus(Duration.ofDays(14))) : null, Types.TIMESTAMP)
                .param("readAt", readAt == null ? null : Timestamp.from(readAt), Types.TIMESTAMP)
                .param("readBy", readBy, Types.BIGINT)
                .update();
        if (replied) {
            reply(reference, form, author, worker, crew, min(readAt.plus(Duration.ofHours(1 + random.nextInt(48)))),
                    (wentWell == null ? "" : wentWell) + " " + (better == null ? "" : better));
        }
    }

    /** A reply that fits: thanks for good words; otherwise one about what they wrote if one fits, or a general one. */
    private void reply(String reference, Form form, Person author, Worker worker, Crew crew, Instant at,
                       String words) {
        boolean good = form.tone() == Tone.GOOD;
        String lower = words.toLowerCase(Locale.UK);
        List<Text> fitting = texts.all("RPL").stream().filter(t -> (t.tone() == Tone.GOOD) == good)
                .filter(t -> t.second() == null || java.util.Arrays.stream(t.second().split("\\|")).anyMatch(lower::contains))
                .toList();
        List<Text> specific = fitting.stream().filter(t -> t.second() != null).toList();
        List<Text> choice = !specific.isEmpty() && random.nextDouble() < 0.8 ? specific : fitting;
        Text template = choice.get(random.nextInt(choice.size()));
        boolean byManager = Objects.requireNonNull(template.first()).contains("{M}");
        Worker from = byManager ? crew.manager() : worker;
        String text = DemoTexts.fill(template.first(), key -> switch (key) {
            case "a" -> author.first();
            case "M" -> crew.manager().name();
            case "W" -> worker.name();
            case "She", "she", "him", "his" -> worker.pronoun(key);
            default -> worker.first();
        });
        jdbc.sql("""
                        insert into feedback_reply (feedback_id, author_user_id, author_name, text, sent_at)
                        select id, :by, :name, :text, :at from feedback where reference = :ref""")
                .param("by", from.id()).param("name", from.name()).param("text", text)
                .param("at", Timestamp.from(at)).param("ref", reference).update();
    }

    private Function<String, String> values(Form form, Worker worker, @Nullable Person author) {
        Household family = form.family();
        DemoCast.Child one = family == null || family.children().isEmpty() ? null
                : family.children().get(random.nextInt(family.children().size()));
        String anonymous = ANONYMOUS_CHILD.get(random.nextInt(ANONYMOUS_CHILD.size()));
        String child = one == null ? anonymous : one.first();
        String kid = one == null ? anonymous : one.mine();
        Crew crew = form.home();
        Worker old = family != null && family.former() != null ? family.former()
                : crew.leavers().isEmpty() ? null : crew.leavers().get(random.nextInt(crew.leavers().size()));
        String phone = "07700 900" + (100 + random.nextInt(900));
        String email = author == null ? "mum.of.three" + random.nextInt(100) + "@example.com"
                : author.first().toLowerCase(Locale.UK) + "." + author.name().substring(author.name().indexOf(' ') + 1, 
                        author.name().indexOf(' ') + 2).toLowerCase(Locale.UK) + "@example.com";
        String postcode = POSTCODES.get(random.nextInt(POSTCODES.size()));
        String street = STREETS.get(random.nextInt(STREETS.size()));
        return key -> switch (key) {
            case "w" -> worker.first();
            case "W" -> worker.name();
            case "She", "she", "him", "his" -> worker.pronoun(key);
            case "c" -> child;
            case "kid" -> kid;
            case "old" -> old == null ? "our last worker" : old.first();
            case "m" -> crew.manager().first();
            case "phone" -> phone;
            case "email" -> email;
            case "postcode" -> postcode;
            case "address" -> street;
            default -> throw new IllegalArgumentException("unknown placeholder {" + key + "}");
        };
    }

    /** Listened, understood, respected: as the words feel, sometimes left out (young people skip more). */
    private Integer[] ratings(Form form, boolean young) {
        Integer[] r = new Integer[3];
        String pool = form.text() == null ? "" : form.text().pool();
        for (int i = 0; i < 3; i++) {
            if (random.nextDouble() < (young ? 0.15 : 0.07)) {
                continue;
            }
            r[i] = switch (form.tone()) {
                case GOOD -> random.nextDouble() < 0.6 ? 5 : 4;
                case MIXED -> 2 + random.nextInt(3);
                case BAD -> i == 2 ? 1 + random.nextInt(3) : random.nextDouble() < 0.6 ? 1 : 2;
            };
        }
        if (pool.equals("NLN") || pool.equals("NLM") && form.tone() == Tone.BAD) {
            r[0] = random.nextBoolean() ? 1 : 2;
        } else if (pool.equals("NLP")) {
            r[0] = random.nextDouble() < 0.7 ? 5 : 4;
        }
        if (form.text() == null && r[0] == null && r[1] == null && r[2] == null) {
            r[0] = form.tone() == Tone.GOOD ? 4 : form.tone() == Tone.MIXED ? 3 : 2;
        }
        return r;
    }

    private String pickAbout(boolean family) {
        double r = random.nextDouble();
        if (family) {
            return r < 0.4 ? "SOCIAL_WORKER" : r < 0.7 ? "MEETING" : r < 0.9 ? "TEAM" : "OTHER";
        }
        return r < 0.5 ? "TEAM" : r < 0.8 ? "MEETING" : "OTHER";
    }

    private String reference() {
        while (true) {
            StringBuilder sb = new StringBuilder("FV-");
            for (int i = 0; i < 6; i++) {
                if (i == 4) {
                    sb.append('-');
                }
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String candidate = sb.toString();
            if (!candidate.startsWith("FV-D3MQ") && references.add(candidate)) {
                return candidate;
            }
        }
    }

    private Instant min(Instant at) {
        return at.isAfter(now) ? now.minus(Duration.ofMinutes(5)) : at;
    }
}

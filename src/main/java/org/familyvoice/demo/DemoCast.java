package org.familyvoice.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * The people of the year of demo voices: a third team (East) with its manager and two practitioners, an agency
 * worker in South and the two South workers who left (their accounts kept, inactive), and the families of
 * {@code demo/families.txt}, each with a parent or carer and most with a young person who can sign in.
 */
final class DemoCast {

    /** A member of staff; {@code female} picks the pronouns families use about them. */
    record Worker(long id, String name, boolean female) {
        String first() {
            return name.substring(0, name.indexOf(' '));
        }

        String pronoun(String placeholder) {
            return switch (placeholder) {
                case "She" -> female ? "She" : "He";
                case "she" -> female ? "she" : "he";
                case "him" -> female ? "her" : "him";
                default -> female ? "her" : "his";
            };
        }
    }

    /** A family member with an account. */
    record Person(long userId, long memberId, String name) {
        String first() {
            return name.substring(0, name.indexOf(' '));
        }
    }

    /** A child or young person of a family: first name, and who they are to the parent ("son", "granddaughter"). */
    record Child(String first, String relationship) {
        /** "my son", as their parent or carer writes it. */
        String mine() {
            return "my " + relationship;
        }
    }

    /** A family: its worker now, and for some South families the worker before and the day (from today) it changed. */
    record Household(long id, String reference, String team, long teamId, Worker worker, @Nullable Worker former,
                     int changedDay, Person parent, @Nullable Person young, List<Child> children) {
        Worker workerOn(int day) {
            return former != null && day < changedDay ? former : worker;
        }
    }

    /** A team: its manager, current workers, workers who left and its families. */
    record Crew(String key, long teamId, Worker manager, List<Worker> workers, List<Worker> leavers,
                List<Household> families) {
        List<Household> withYoung() {
            return families.stream().filter(h -> h.young() != null).toList();
        }
    }

    static final String NORTH = "NORTH";
    static final String SOUTH = "SOUTH";
    static final String EAST = "EAST";

    final Map<String, Crew> crews = new LinkedHashMap<>();

    private final JdbcClient jdbc;
    private final String hash;
    private final Instant joined;
    private final Random random;
    private final Map<String, Worker> staff = new LinkedHashMap<>();

    private DemoCast(JdbcClient jdbc, String hash, Instant now, Random random) {
        this.jdbc = jdbc;
        this.hash = hash;
        this.joined = now.minus(Duration.ofDays(400));
        this.random = random;
    }

    /** Adds East, the new staff and the families, printing the new logins; North and South exist already. */
    static DemoCast create(JdbcClient jdbc, String hash, Instant now, Random random, long north, long south,
                           Map<String, String> logins) {
        DemoCast cast = new DemoCast(jdbc, hash, now, random);
        long east = cast.team("East Children in Need Team");
        cast.known("manager.north", false);
        cast.known("manager.south", false);
        cast.known("practitioner.north", true);
        cast.known("practitioner.north2", false);
        cast.known("practitioner.south", true);
        cast.staff("practitioner.south2", "Ayesha Rahman", "PRACTITIONER", south, true, true);
        cast.staff("hannah.boyd", "Hannah Boyd", "PRACTITIONER", south, true, false);
        cast.staff("sophie.marsh", "Sophie Marsh", "PRACTITIONER", south, true, false);
        cast.staff("manager.east", "Ruth Adebayo", "MANAGER", east, true, true);
        cast.staff("practitioner.east", "Kerry Lawson", "PRACTITIONER", east, true, true);
        cast.staff("practitioner.east2", "Imran Aziz", "PRACTITIONER", east, false, true);
        logins.put("practitioner.south2", "Ayesha Rahman, practitioner (agency), South team");
        logins.put("manager.east", "Ruth Adebayo, manager, East team");
        logins.put("practitioner.east", "Kerry Lawson, practitioner, East team");
        logins.put("practitioner.east2", "Imran Aziz, practitioner, East team");

        Map<String, List<Household>> families = cast.families(Map.of(NORTH, north, SOUTH, south, EAST, east));
        cast.crew(NORTH, north, "manager.north", List.of("practitioner.north", "practitioner.north2"), List.of(), families);
        cast.crew(SOUTH, south, "manager.south", List.of("practitioner.south", "practitioner.south2"),
                List.of("hannah.boyd", "sophie.marsh"), families);
        cast.crew(EAST, east, "manager.east", List.of("practitioner.east", "practitioner.east2"), List.of(), families);
        int count = families.values().stream().mapToInt(List::size).sum();
        logins.put("parent.<surname>", "and young.<surname>: " + count
                + " more families (FV-1003 to FV-3112) who gave a year of feedback");
        return cast;
    }

    private void crew(String key, long team, String manager, List<String> workers, List<String> leavers,
                      Map<String, List<Household>> families) {
        crews.put(key, new Crew(key, team, staff.get(manager), workers.stream().map(staff::get).toList(),
                leavers.stream().map(staff::get).toList(), List.copyOf(families.getOrDefault(key, List.of()))));
    }

    private long team(String name) {
        jdbc.sql("insert into team (name) values (:name)").param("name", name).update();
        return jdbc.sql("select id from team where name = :name").param("name", name).query(Long.class).single();
    }

    private void known(String username, boolean female) {
        staff.put(username, jdbc.sql("select id, display_name from app_user where username = :u").param("u", username)
                .query((rs, n) -> new Worker(rs.getLong(1), rs.getString(2), female)).single());
    }

    private void staff(String username, String name, String role, long team, boolean female, boolean active) {
        jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, role, team_id, active,
                                              must_change_password, created_at)
                        values (:u, :n, :h, :r, :t, :active, false, :at)""")
                .param("u", username).param("n", name).param("h", hash).param("r", role).param("t", team)
                .param("active", active).param("at", Timestamp.from(joined)).update();
        known(username, female);
    }

    private Map<String, List<Household>> families(Map<String, Long> teams) {
        Map<String, List<Household>> byTeam = new LinkedHashMap<>();
        try (InputStream in = Objects.requireNonNull(DemoCast.class.getResourceAsStream("/demo/families.txt"))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|");
                byTeam.computeIfAbsent(f[0], k -> new ArrayList<>()).add(family(f, teams.get(f[0])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byTeam;
    }

    private Household family(String[] f, long team) {
        Worker worker = staff.get(f[3]);
        Worker former = f[4].equals("-") ? null : staff.get(f[4]);
        jdbc.sql("""
                        insert into family (case_reference, display_name, team_id, allocated_practitioner_id, created_at)
                        values (:ref, :name, :team, :p, :at)""")
                .param("ref", f[1]).param("name", f[2]).param("team", team).param("p", worker.id())
                .param("at", Timestamp.from(joined)).update();
        long family = jdbc.sql("select id from family where case_reference = :ref").param("ref", f[1])
                .query(Long.class).single();
        Person parent = null;
        Person young = null;
        List<Child> children = new ArrayList<>();
        for (int i = 5; i < f.length; i++) {
            String[] m = f[i].split("/");
            Person person = member(family, m[0], m[1], m[2], m[3].equals("-") ? null : LocalDate.parse(m[3]),
                    m[4].equals("-") ? null : m[4]);
            if (m[2].equals("YOUNG_PERSON")) {
                children.add(new Child(m[0].substring(0, m[0].indexOf(' ')), m[1].toLowerCase(Locale.UK)));
                if (young == null) {
                    young = person;
                }
            } else if (parent == null) {
                parent = person;
            }
        }
        int changedDay = former == null ? 0 : -60 - random.nextInt(40);
        return new Household(family, f[1], f[0], team, worker, former, changedDay, Objects.requireNonNull(parent),
                young, List.copyOf(children));
    }

    private @Nullable Person member(long family, String name, String relationship, String type, @Nullable LocalDate dob,
                                    @Nullable String username) {
        jdbc.sql("""
                        insert into family_member (family_id, name, relationship, member_type, date_of_birth, created_at)
                        values (:f, :n, :r, :t, :dob, :at)""")
                .param("f", family).param("n", name).param("r", relationship).param("t", type)
                .param("dob", dob == null ? null : Date.valueOf(dob), java.sql.Types.DATE)
                .param("at", Timestamp.from(joined)).update();
        if (username == null) {
            return null;
        }
        long member = jdbc.sql("select max(id) from family_member where family_id = :f").param("f", family)
                .query(Long.class).single();
        jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, role, family_id, family_member_id,
                                              active, must_change_password, created_at)
                        values (:u, :n, :h, :r, :f, :m, true, false, :at)""")
                .param("u", username).param("n", name).param("h", hash).param("r", type).param("f", family)
                .param("m", member).param("at", Timestamp.from(joined)).update();
        long user = jdbc.sql("select id from app_user where username = :u").param("u", username)
                .query(Long.class).single();
        jdbc.sql("update family_member set user_id = :u where id = :m").param("u", user).param("m", member).update();
        return new Person(user, member, name);
    }
}

package org.familyvoice.families;

import org.familyvoice.IntegrationTest;
import org.familyvoice.SignIn;
import org.familyvoice.TestClock;
import org.familyvoice.base.FamilyId;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.improvement.ActionDraft;
import org.familyvoice.improvement.ActionStatus;
import org.familyvoice.improvement.EvidencePackService;
import org.familyvoice.improvement.ImprovementPlanService;
import org.familyvoice.improvement.YouSaidEntry;
import org.familyvoice.improvement.YouSaidFixtures;
import org.familyvoice.improvement.YouSaidService;
import org.familyvoice.themes.Dashboard.Granularity;
import org.familyvoice.themes.DashboardFilter;
import org.familyvoice.themes.EmergingThemesService;
import org.familyvoice.themes.Quote;
import org.familyvoice.themes.ReviewFilter;
import org.familyvoice.themes.ReviewItem;
import org.familyvoice.themes.Sentiment;
import org.familyvoice.themes.TagReviewService;
import org.familyvoice.themes.TaxonomyService;
import org.familyvoice.themes.ThemeDashboardService;
import org.familyvoice.themes.ThemeEdit;
import org.familyvoice.themes.ThemeQuotesService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix of {@link AccessMatrixTest} for the themes and improvement services: every public method, as
 * every kind of caller, with the callers allowed written out by hand. A refused call must throw the security
 * exception <em>and</em> leave the tables it would change as they were; an allowed read must show nothing of a
 * family the caller may not see (a quote from another team's family is redacted, another team's items are not
 * listed for review). Words are said by two families in two teams: the Harpers (North, allocated to
 * practitioner.north) and the Adeyemis (South), in a far-future year of their own.
 */
@IntegrationTest
class ThemesAndPlanAccessMatrixTest {

    private static final Set<String> MANAGERS = Set.of(SignIn.MANAGER_NORTH, SignIn.MANAGER_SOUTH);
    private static final Set<String> STAFF_ON_TEAMS = Set.of(SignIn.MANAGER_NORTH, SignIn.MANAGER_SOUTH,
            SignIn.PRACTITIONER_NORTH, SignIn.PRACTITIONER_NORTH_2, SignIn.PRACTITIONER_SOUTH);
    private static final Set<String> PLAN_READERS = Set.of(SignIn.ADMIN, SignIn.MANAGER_NORTH, SignIn.MANAGER_SOUTH,
            SignIn.PRACTITIONER_NORTH, SignIn.PRACTITIONER_NORTH_2, SignIn.PRACTITIONER_SOUTH);
    private static final Set<String> ADMIN_AND_MANAGERS = Set.of(SignIn.ADMIN, SignIn.MANAGER_NORTH,
            SignIn.MANAGER_SOUTH);
    /** The Harpers' item: their team reads it; their worker and the North manager change its tags. */
    private static final Set<String> HARPER_READERS = Set.of(SignIn.MANAGER_NORTH, SignIn.PRACTITIONER_NORTH,
            SignIn.PRACTITIONER_NORTH_2);
    private static final Set<String> HARPER_WRITERS = Set.of(SignIn.MANAGER_NORTH, SignIn.PRACTITIONER_NORTH);
    private static final Set<String> ADEYEMI_STAFF = Set.of(SignIn.MANAGER_SOUTH, SignIn.PRACTITIONER_SOUTH);
    private static final String HARPER_PHONE = "07700 900301";
    private static final String ADEYEMI_PHONE = "07700 900302";

    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired YouSaidFixtures fixtures;
    @Autowired ThemeDashboardService dashboard;
    @Autowired ThemeQuotesService quotes;
    @Autowired EmergingThemesService emerging;
    @Autowired TagReviewService review;
    @Autowired TaxonomyService taxonomy;
    @Autowired ImprovementPlanService plan;
    @Autowired YouSaidService youSaid;
    @Autowired EvidencePackService packs;

    private final List<Long> themesMade = new ArrayList<>();
    private final List<Long> entriesMade = new ArrayList<>();
    private Long areaMade;

    /** One cell row: what to prepare (as the North manager), the call, and the rows the call may change. */
    record Row<T>(String name, Set<String> allowed, Supplier<T> prepare, Call<T> call, Function<T, Object> state) {
    }

    interface Call<T> {
        void run(T prepared);
    }

    private final Map<String, Row<?>> rows = new LinkedHashMap<>();

    private <T> void add(String name, Set<String> allowed, Supplier<T> prepare, Call<T> call, Function<T, Object> state) {
        rows.put(name, new Row<>(name, allowed, prepare, call, state));
    }

    /** A read: nothing to prepare, nothing it may change. */
    private void read(String name, Set<String> allowed, Runnable call) {
        add(name, allowed, () -> 0, x -> call.run(), x -> "no rows");
    }

    @AfterEach
    void cleanUp() {
        SignIn.out();
        for (long entry : entriesMade) {
            jdbc.sql("delete from you_said_item where entry_id = :id").param("id", entry).update();
            jdbc.sql("delete from you_said_we_did where id = :id").param("id", entry).update();
        }
        themesMade.forEach(fixtures::retire);
        if (areaMade != null) {
            jdbc.sql("update improvement_area set active = false, version = version + 1 where id = :id")
                    .param("id", areaMade).update();
        }
    }

    @Test
    void exactlyTheAllowedCellsSucceedAndTheRefusedChangeNothing() {
        int year = YouSaidFixtures.farYear();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 1, 31);
        DashboardFilter period = DashboardFilter.of(from, to);
        String keyword = YouSaidFixtures.word();
        long theme = fixtures.theme("Matrix " + keyword, keyword);
        themesMade.add(theme);
        FamilyId harpers = fixtures.family("FV-1001");
        FamilyId adeyemis = fixtures.family("FV-2001");
        TeamId north = teamOf(harpers);
        TeamId south = teamOf(adeyemis);
        // five people: three Harpers (North) and two Adeyemis (South), so the figure and its quotes may be shown
        List<Long> harperItems = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            harperItems.add(fixtures.say(from.plusDays(i), "matrix-h-" + keyword + i, "The " + keyword
                    + " worried us. Ask Jo Harper, ring " + HARPER_PHONE, fixtures.userId(SignIn.PARENT_HARPER), false,
                    harpers, north, List.of("Jo Harper")));
        }
        List<Long> adeyemiItems = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            adeyemiItems.add(fixtures.say(from.plusDays(10 + i), "matrix-a-" + keyword + i, "The " + keyword
                    + " again. Ask Ade Adeyemi, ring " + ADEYEMI_PHONE, fixtures.userId(SignIn.PARENT_ADEYEMI), false,
                    adeyemis, south, List.of("Ade Adeyemi")));
        }
        long harperItem = harperItems.getFirst();
        long adeyemiItem = adeyemiItems.getFirst();
        long actionId = fixtures.action("Matrix action " + keyword, "ON_TRACK");
        long manager = fixtures.userId(SignIn.MANAGER_NORTH);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);

        // ---- the dashboard, quotes and emerging themes: managers of any team (figures are suppressed and
        // quotes redacted by the rules checked below and in ThemeSuppressionTest)
        read("ThemeDashboardService.headline", MANAGERS, () -> dashboard.headline(period));
        read("ThemeDashboardService.themes", MANAGERS, () -> dashboard.themes(period));
        read("ThemeDashboardService.trend", MANAGERS, () -> dashboard.trend(period, Granularity.WEEK, 5));
        read("ThemeDashboardService.split", MANAGERS, () -> dashboard.split(period, "team_id"));
        read("ThemeQuotesService.theme", MANAGERS, () -> quotes.theme(theme));
        read("ThemeQuotesService.mayOpen", MANAGERS, () -> quotes.mayOpen(period, theme));
        read("ThemeQuotesService.count", MANAGERS, () -> quotes.count(period, theme, null));
        read("ThemeQuotesService.quotes", MANAGERS, () -> quotes.quotes(period, theme, null, 0, 50));
        read("EmergingThemesService.emerging", MANAGERS, () -> emerging.emerging());

        // ---- tag review: staff on teams list their scope; an item by the family's rule
        read("TagReviewService.themes", STAFF_ON_TEAMS, () -> review.themes());
        read("TagReviewService.items", STAFF_ON_TEAMS, () -> review.items(new ReviewFilter(false, theme), null, 50));
        read("TagReviewService.count", STAFF_ON_TEAMS, () -> review.count(new ReviewFilter(false, theme)));
        read("TagReviewService.item(Harper)", HARPER_READERS, () -> review.item(harperItem));
        read("TagReviewService.item(Adeyemi)", ADEYEMI_STAFF, () -> review.item(adeyemiItem));
        read("TagReviewService.history(Harper)", HARPER_READERS, () -> review.history(harperItem));
        read("TagReviewService.history(Adeyemi)", ADEYEMI_STAFF, () -> review.history(adeyemiItem));
        add("TagReviewService.confirm(Harper)", HARPER_WRITERS, () -> harperItem,
                item -> ignoreRefusal(() -> review.confirm(item)), this::itemState);
        add("TagReviewService.confirm(Adeyemi)", ADEYEMI_STAFF, () -> adeyemiItem,
                item -> ignoreRefusal(() -> review.confirm(item)), this::itemState);
        add("TagReviewService.correct(Harper)", HARPER_WRITERS, () -> harperItem,
                item -> ignoreRefusal(() -> review.correct(item, List.of(theme), Sentiment.MIXED)), this::itemState);
        add("TagReviewService.correct(Adeyemi)", ADEYEMI_STAFF, () -> adeyemiItem,
                item -> ignoreRefusal(() -> review.correct(item, List.of(theme), Sentiment.MIXED)), this::itemState);
        read("TagReviewService.keywordSuggestions", MANAGERS, () -> review.keywordSuggestions(theme));

        // ---- the taxonomy: administrators and managers
        read("TaxonomyService.themes", ADMIN_AND_MANAGERS, () -> taxonomy.themes(0, 10));
        read("TaxonomyService.countThemes", ADMIN_AND_MANAGERS, () -> taxonomy.countThemes());
        read("TaxonomyService.theme", ADMIN_AND_MANAGERS, () -> taxonomy.theme(theme));
        read("TaxonomyService.areas", ADMIN_AND_MANAGERS, () -> taxonomy.areas());
        add("TaxonomyService.addTheme", ADMIN_AND_MANAGERS, () -> YouSaidFixtures.word(),
                word -> themesMade.add(taxonomy.addTheme(new ThemeEdit("Matrix added " + word, "made by the matrix",
                        List.of(word), List.of(), Set.of(), false))),
                word -> count("select count(*) from theme"));
        add("TaxonomyService.editTheme", ADMIN_AND_MANAGERS, () -> version("theme", theme),
                seen -> ignoreRefusal(() -> taxonomy.editTheme(theme, seen, new ThemeEdit("Matrix " + keyword,
                        "edited by the matrix " + seen, List.of(keyword), List.of(), Set.of(), true))),
                seen -> version("theme", theme));

        // ---- the improvement plan: staff on teams and administrators read; managers and administrators change;
        // managers link evidence (quotes, always redacted)
        read("ImprovementPlanService.plan", PLAN_READERS, () -> plan.plan());
        read("ImprovementPlanService.action", PLAN_READERS, () -> plan.action(actionId));
        read("ImprovementPlanService.mayChangePlan", PLAN_READERS, () -> plan.mayChangePlan());
        read("ImprovementPlanService.mayLinkEvidence", PLAN_READERS, () -> plan.mayLinkEvidence());
        read("ImprovementPlanService.actionsForPicker", PLAN_READERS, () -> plan.actionsForPicker());
        read("ImprovementPlanService.notes", PLAN_READERS, () -> plan.notes(actionId, 0, 10));
        read("ImprovementPlanService.countNotes", PLAN_READERS, () -> plan.countNotes(actionId));
        read("ImprovementPlanService.evidence", PLAN_READERS, () -> plan.evidence(actionId));
        add("ImprovementPlanService.addArea", ADMIN_AND_MANAGERS, () -> 0, x -> {
            long id = plan.addArea("Matrix area " + System.nanoTime(), "made by the matrix");
            jdbc.sql("update improvement_area set active = false where id = :id").param("id", id).update();
        }, x -> count("select count(*) from improvement_area"));
        add("ImprovementPlanService.editArea", ADMIN_AND_MANAGERS, this::matrixArea,
                area -> ignoreRefusal(() -> plan.editArea(area, version("improvement_area", area),
                        "Matrix area " + keyword, "edited " + System.nanoTime())),
                area -> version("improvement_area", area));
        add("ImprovementPlanService.addAction", ADMIN_AND_MANAGERS, this::matrixArea,
                area -> ignoreRefusal(() -> plan.addAction(new ActionDraft(area, "Matrix added action", "Owner",
                        today.plusDays(30), ActionStatus.NOT_STARTED))),
                area -> count("select count(*) from improvement_action"));
        // in use and out of use by turns: each allowed caller changes something
        add("ImprovementPlanService.setAreaActive", ADMIN_AND_MANAGERS, this::matrixArea,
                area -> plan.setAreaActive(area, version("improvement_area", area),
                        version("improvement_area", area) % 2 == 0),
                area -> version("improvement_area", area));
        add("ImprovementPlanService.editAction", ADMIN_AND_MANAGERS, () -> version("improvement_action", actionId),
                seen -> ignoreRefusal(() -> plan.editAction(actionId, seen, new ActionDraft(areaOf(actionId),
                        "Matrix action " + keyword, "Owner " + seen, today.plusDays(30), ActionStatus.AT_RISK))),
                seen -> version("improvement_action", actionId));
        add("ImprovementPlanService.addNote", ADMIN_AND_MANAGERS, () -> 0, x -> plan.addNote(actionId, "matrix note"),
                x -> count("select count(*) from improvement_note where action_id = " + actionId));
        read("ImprovementPlanService.themeChoices", MANAGERS, () -> plan.themeChoices());
        add("ImprovementPlanService.linkTheme", MANAGERS, () -> 0,
                x -> ignoreRefusal(() -> plan.linkTheme(actionId, theme)), x -> evidenceOf(actionId));
        add("ImprovementPlanService.linkQuote", MANAGERS, () -> 0,
                x -> ignoreRefusal(() -> plan.linkQuote(actionId, harperItem)), x -> evidenceOf(actionId));
        add("ImprovementPlanService.unlink", MANAGERS, () -> evidenceLink(actionId, adeyemiItem, manager),
                link -> plan.unlink(link), link -> evidenceOf(actionId));

        // ---- "you said, we did": managers write and read; everyone reads the published entries
        YouSaidEntry.Draft draft = new YouSaidEntry.Draft("You said the " + keyword + " worried you",
                "We changed it", today, theme, actionId, List.of(harperItem, adeyemiItem));
        add("YouSaidService.create", MANAGERS, () -> 0, x -> entriesMade.add(youSaid.create(draft)),
                x -> count("select count(*) from you_said_we_did"));
        add("YouSaidService.update", MANAGERS, () -> entry(draft),
                id -> youSaid.update(id, version("you_said_we_did", id), draft), id -> entryState(id));
        add("YouSaidService.publish", MANAGERS, () -> entry(draft),
                id -> youSaid.publish(id, version("you_said_we_did", id)), id -> entryState(id));
        add("YouSaidService.unpublish", MANAGERS, () -> {
            long id = entry(draft);
            youSaid.publish(id, version("you_said_we_did", id));
            return id;
        }, id -> youSaid.unpublish(id, version("you_said_we_did", id)), id -> entryState(id));
        add("YouSaidService.delete", MANAGERS, () -> entry(draft),
                id -> youSaid.delete(id, version("you_said_we_did", id)), id -> entryState(id));
        add("YouSaidService.find", MANAGERS, () -> entry(draft), id -> youSaid.find(id), id -> entryState(id));
        read("YouSaidService.entries", MANAGERS, () -> youSaid.entries(0, 10));
        read("YouSaidService.countEntries", MANAGERS, () -> youSaid.countEntries());
        read("YouSaidService.themes", MANAGERS, () -> youSaid.themes());
        read("YouSaidService.actions", MANAGERS, () -> youSaid.actions());
        read("YouSaidService.mayListVoices", MANAGERS, () -> youSaid.mayListVoices(theme, from, to));
        read("YouSaidService.countVoices", MANAGERS, () -> youSaid.countVoices(theme, from, to));
        read("YouSaidService.voices", MANAGERS, () -> youSaid.voices(theme, from, to, 0, 10));
        add("YouSaidService.linkedVoices", MANAGERS, () -> entry(draft), id -> youSaid.linkedVoices(id),
                id -> entryState(id));
        Set<String> everyone = Set.copyOf(AccessMatrixTest.CALLERS);
        read("YouSaidService.published", everyone, () -> youSaid.published(0, 10));
        read("YouSaidService.countPublished", everyone, () -> youSaid.countPublished());

        // ---- the evidence pack: managers
        read("EvidencePackService.pdf", MANAGERS, () -> packs.pdf(from, to));
        read("EvidencePackService.csv", MANAGERS, () -> packs.csv(from, to));

        var expected = new TreeSet<String>();
        var actual = new TreeSet<String>();
        List<String> changedWhenRefused = new ArrayList<>();
        for (Row<?> row : rows.values()) {
            for (String caller : AccessMatrixTest.CALLERS) {
                String cell = row.name() + " as " + caller;
                if (row.allowed().contains(caller)) {
                    expected.add(cell);
                }
                Outcome outcome = attempt(row, caller);
                if (outcome.succeeded()) {
                    actual.add(cell);
                } else if (outcome.changed()) {
                    changedWhenRefused.add(cell);
                }
            }
        }
        AccessMatrixTest.assertSameCells(expected, actual);
        assertThat(changedWhenRefused).as("refused calls that still changed something").isEmpty();
        assertThat(rows).hasSizeGreaterThan(60);
    }

    /**
     * The cells a manager may open show nothing of the other team's families: the quotes behind one figure are as
     * written for the family's own team's manager and redacted (no name, no phone number) for the other's; the tag
     * review lists only the items of the caller's team, also to practitioners.
     */
    @Test
    void allowedReadsShowNothingOfAnotherTeamsFamilies() {
        int year = YouSaidFixtures.farYear();
        LocalDate from = LocalDate.of(year, 3, 1);
        DashboardFilter period = DashboardFilter.of(from, from.plusDays(27));
        String keyword = YouSaidFixtures.word();
        long theme = fixtures.theme("Matrix " + keyword, keyword);
        themesMade.add(theme);
        FamilyId harpers = fixtures.family("FV-1001");
        FamilyId adeyemis = fixtures.family("FV-2001");
        List<Long> harperItems = new ArrayList<>();
        List<Long> adeyemiItems = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            harperItems.add(fixtures.say(from.plusDays(i), "leak-h-" + keyword + i, "The " + keyword
                    + " worried us. Ask Jo Harper, ring " + HARPER_PHONE, fixtures.userId(SignIn.PARENT_HARPER), false,
                    harpers, teamOf(harpers), List.of("Jo Harper")));
        }
        for (int i = 1; i <= 2; i++) {
            adeyemiItems.add(fixtures.say(from.plusDays(10 + i), "leak-a-" + keyword + i, "The " + keyword
                    + " again. Ask Ade Adeyemi, ring " + ADEYEMI_PHONE, fixtures.userId(SignIn.PARENT_ADEYEMI), false,
                    adeyemis, teamOf(adeyemis), List.of("Ade Adeyemi")));
        }

        signIn.as(SignIn.MANAGER_NORTH);
        List<Quote> north = quotes.quotes(period, theme, null, 0, 50);
        assertThat(north).hasSize(5);
        assertThat(north).filteredOn(q -> harperItems.contains(q.itemId()))
                .hasSize(3).allSatisfy(q -> assertThat(q.text()).contains("Jo Harper", HARPER_PHONE));
        assertThat(north).filteredOn(q -> adeyemiItems.contains(q.itemId())).hasSize(2).allSatisfy(q -> {
            assertThat(q.redacted()).isTrue();
            assertThat(q.text()).doesNotContain("Adeyemi").doesNotContain(ADEYEMI_PHONE);
        });
        signIn.as(SignIn.MANAGER_SOUTH);
        List<Quote> south = quotes.quotes(period, theme, null, 0, 50);
        assertThat(south).hasSize(5);
        assertThat(south).filteredOn(q -> adeyemiItems.contains(q.itemId()))
                .hasSize(2).allSatisfy(q -> assertThat(q.text()).contains("Ade Adeyemi", ADEYEMI_PHONE));
        assertThat(south).filteredOn(q -> harperItems.contains(q.itemId())).hasSize(3).allSatisfy(q -> {
            assertThat(q.redacted()).isTrue();
            assertThat(q.text()).doesNotContain("Harper").doesNotContain(HARPER_PHONE);
        });
        // the words families said reach a manager picking them for "you said, we did" only redacted
        assertThat(youSaid.voices(theme, period.from(), period.to(), 0, 50)).hasSize(5)
                .allSatisfy(v -> assertThat(v.redactedText()).doesNotContain("Harper", "Adeyemi", HARPER_PHONE));

        Map<String, List<Long>> listed = new LinkedHashMap<>();
        for (String staff : STAFF_ON_TEAMS) {
            signIn.as(staff);
            listed.put(staff, review.items(new ReviewFilter(false, theme), null, 50).stream().map(ReviewItem::id)
                    .sorted().toList());
            assertThat(review.count(new ReviewFilter(false, theme))).as(staff).isEqualTo(listed.get(staff).size());
        }
        List<Long> northItems = harperItems.stream().sorted().toList();
        List<Long> southItems = adeyemiItems.stream().sorted().toList();
        assertThat(listed).isEqualTo(Map.of(SignIn.MANAGER_NORTH, northItems, SignIn.PRACTITIONER_NORTH, northItems,
                SignIn.PRACTITIONER_NORTH_2, northItems, SignIn.MANAGER_SOUTH, southItems,
                SignIn.PRACTITIONER_SOUTH, southItems));
    }

    record Outcome(boolean succeeded, boolean changed) {
    }

    private <T> Outcome attempt(Row<T> row, String caller) {
        signIn.as(SignIn.MANAGER_NORTH);
        T prepared = row.prepare().get();
        Object before = row.state().apply(prepared);
        SignIn.out();
        if (!caller.equals("anonymous")) {
            signIn.as(caller);
        }
        try {
            row.call().run(prepared);
            return new Outcome(true, false);
        } catch (AccessDeniedException | AuthenticationException denied) {
            SignIn.out();
            return new Outcome(false, !Objects.equals(before, row.state().apply(prepared)));
        } finally {
            SignIn.out();
        }
    }

    private static void ignoreRefusal(Runnable call) {
        try {
            call.run();
        } catch (UserFacingException refusedForAnotherReason) {
            // got past access control: the refusal is about the input or an earlier cell's change
        }
    }

    private TeamId teamOf(FamilyId family) {
        return new TeamId(jdbc.sql("select team_id from family where id = :id").param("id", family.value())
                .query(Long.class).single());
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private long version(String table, long id) {
        return jdbc.sql("select version from " + table + " where id = :id").param("id", id).query(Long.class).single();
    }

    private List<Object> itemState(long item) {
        return List.of(version("voice_item", item),
                count("select count(*) from tag_change where item_id = " + item),
                jdbc.sql("select reviewed_by is not null from voice_item where id = :id").param("id", item)
                        .query(Boolean.class).single());
    }

    private List<Object> entryState(long entry) {
        return jdbc.sql("select version, published_at is not null from you_said_we_did where id = :id")
                .param("id", entry).query((rs, n) -> List.<Object>of(rs.getLong(1), rs.getBoolean(2))).optional()
                .orElse(List.of("deleted"));
    }

    private List<Long> evidenceOf(long action) {
        return jdbc.sql("select id from action_evidence where action_id = :a order by id").param("a", action)
                .query(Long.class).list();
    }

    /** The link of the item to the action (made when a refused caller left it in place, or an allowed one removed it). */
    private long evidenceLink(long action, long item, long by) {
        var link = jdbc.sql("select id from action_evidence where action_id = :a and item_id = :i").param("a", action)
                .param("i", item).query(Long.class).optional();
        if (link.isPresent()) {
            return link.get();
        }
        fixtures.evidence(action, null, item, by);
        return evidenceLink(action, item, by);
    }

    private long areaOf(long action) {
        return jdbc.sql("select area_id from improvement_action where id = :id").param("id", action)
                .query(Long.class).single();
    }

    /** An area of the test's own (made once, as the North manager, kept out of use at the end). */
    private long matrixArea() {
        if (areaMade == null) {
            areaMade = plan.addArea("Matrix area " + System.nanoTime(), "made by the matrix");
        }
        return areaMade;
    }

    /** A new draft entry, made as the North manager (who prepares every row). */
    private long entry(YouSaidEntry.Draft draft) {
        long id = youSaid.create(draft);
        entriesMade.add(id);
        return id;
    }
}

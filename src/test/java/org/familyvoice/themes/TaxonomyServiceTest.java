package org.familyvoice.themes;

import org.familyvoice.IntegrationTest;
import org.familyvoice.SignIn;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.improvement.ImprovementArea;
import org.familyvoice.improvement.ImprovementPlanService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The editable taxonomy: administrators and managers add and change themes; a change is what the tagger uses for
 * the next text; terms that could never match or could not be stored are refused by name and nothing is saved.
 * Themes made here are nonsense words, taken out of use at the end, so no other test's tagging changes.
 */
@IntegrationTest
class TaxonomyServiceTest {

    @Autowired TaxonomyService taxonomyService;
    @Autowired Taxonomy taxonomy;
    @Autowired ImprovementPlanService plan;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void out() {
        SignIn.out();
    }

    private static String word() {
        return word("zq");
    }

    /**
     * A made-up word that no text of any other test contains: letters only, so it analyses as one stem. Words with
     * different first letters are never read as typing slips of each other.
     */
    private static String word(String prefix) {
        StringBuilder s = new StringBuilder(prefix);
        for (char c : Long.toString(System.nanoTime(), 26).toCharArray()) {
            s.append((char) ('a' + Character.digit(c, 26)));
        }
        return s.toString();
    }

    private long areaId(String code) {
        return jdbc.sql("select id from improvement_area where code = :code").param("code", code)
                .query(Long.class).single();
    }

    private List<String> tagged(String text) {
        return taxonomy.current().tagger().tag(text).codes();
    }

    private void retire(long id) {
        TaxonomyTheme t = taxonomyService.theme(id);
        taxonomyService.editTheme(id, t.version(), new ThemeEdit(t.name(), t.description(), t.keywords(), t.phrases(),
                Set.of(), false));
    }

    @Test
    void aThemesNewKeywordsTagTheNextTextAndItsOldOnesNoLonger() {
        signIn.as(SignIn.ADMIN);
        String first = word();
        String second = word("xk");
        String name = "Parking at the family centre " + first;
        long id = taxonomyService.addTheme(new ThemeEdit(name, "no spaces to park near the family centre",
                List.of(first), List.of("nowhere to park"), Set.of(areaId("THRESHOLDS_FRONT_DOOR")), true));
        TaxonomyTheme added = taxonomyService.theme(id);
        assertThat(added.code()).startsWith("PARKING_AT_THE_FAMILY_CENTRE").matches("[A-Z][A-Z_]{1,39}");
        assertThat(added.areas()).extracting(TaxonomyTheme.MappedArea::name).containsExactly("Thresholds and the front door");
        assertThat(tagged("The " + first + " was full again")).contains(added.code());
        assertThat(tagged("There was nowhere at all to park")).contains(added.code());

        signIn.as(SignIn.MANAGER_SOUTH);
        TaxonomyTheme edited = taxonomyService.editTheme(id, added.version(), new ThemeEdit(name,
                added.description(), List.of(second, "car park^0.5"), List.of(), Set.of(areaId("WORKING_WITH_FAMILIES"),
                areaId("THRESHOLDS_FRONT_DOOR")), true));
        assertThat(edited.version()).isGreaterThan(added.version());
        assertThat(edited.changedAt()).isAfterOrEqualTo(added.changedAt());
        assertThat(edited.keywords()).containsExactly(second, "car park^0.5");
        assertThat(tagged("The " + second + " again, every single week")).contains(added.code());
        assertThat(tagged("The " + first + " was full again")).doesNotContain(added.code());
        assertThat(jdbc.sql("select keywords from theme where id = :id").param("id", id).query(String.class).single())
                .isEqualTo(second + "|car park^0.5");
        // the plan shows the theme under both areas now
        assertThat(plan.plan()).filteredOn(a -> a.themes().stream().anyMatch(t -> t.id() == id))
                .extracting(ImprovementArea::code).containsExactlyInAnyOrder("THRESHOLDS_FRONT_DOOR",
                        "WORKING_WITH_FAMILIES");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'THEME_CHANGED' and target = :t")
                .param("t", "theme:" + id).query(Integer.class).single()).isEqualTo(2);

        retire(id);
        assertThat(tagged("The " + second + " again, every single week")).doesNotContain(added.code());
        assertThat(taxonomyService.theme(id).active()).isFalse();
        assertThat(plan.plan()).noneMatch(a -> a.themes().stream().anyMatch(t -> t.id() == id));
    }

    @Test
    void aTermOfStopWordsOnlyIsRefusedByNameAndNothingIsSaved() {
        signIn.as(SignIn.MANAGER_NORTH);
        String word = word();
        long id = taxonomyService.addTheme(new ThemeEdit("Stop-word check " + word, "test theme", List.of(word),
                List.of(), Set.of(), true));
        TaxonomyTheme before = taxonomyService.theme(id);

        var refused = catchThrowableOfType(UserFacingException.class, () -> taxonomyService.editTheme(id,
                before.version(), new ThemeEdit(before.name(), "changed too", List.of(word, "the"),
                        List.of("it is"), Set.of(), true)));
        assertThat(refused.messageKey()).isEqualTo("taxonomy.error.stop-words-only");
        assertThat(refused.args()).containsExactly("the");
        var phrase = catchThrowableOfType(UserFacingException.class, () -> taxonomyService.editTheme(id,
                before.version(), new ThemeEdit(before.name(), "changed too", List.of(word), List.of("to be or it"),
                        Set.of(), true)));
        assertThat(phrase.messageKey()).isEqualTo("taxonomy.error.stop-words-only");
        assertThat(phrase.args()).containsExactly("to be or it");
        assertThat(refusal(id, before, List.of("wait|delay"))).isEqualTo("taxonomy.error.term-bar");
        assertThat(refusal(id, before, List.of("wait^slow"))).isEqualTo("taxonomy.error.weight");
        assertThat(refusal(id, before, List.of("wait^0"))).isEqualTo("taxonomy.error.weight");
        assertThat(refusal(id, before, List.of("^0.5"))).isEqualTo("taxonomy.error.stop-words-only");
        assertThat(refusal(id, before, List.of("wait\u0000ing"))).isEqualTo("taxonomy.error.term-hidden");
        assertThat(refusal(id, before, List.of("w".repeat(8001)))).isEqualTo("taxonomy.error.keywords-too-long");

        TaxonomyTheme after = taxonomyService.theme(id);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.description()).isEqualTo("test theme");
        assertThat(after.keywords()).containsExactly(word);
        // and a theme whose terms are refused is not added either
        int themes = taxonomyService.countThemes();
        assertThat(catchThrowableOfType(UserFacingException.class, () -> taxonomyService.addTheme(new ThemeEdit(
                "Never added " + word, "x", List.of("and"), List.of(), Set.of(), true))).messageKey())
                .isEqualTo("taxonomy.error.stop-words-only");
        assertThat(taxonomyService.countThemes()).isEqualTo(themes);
        retire(id);
    }

    private String refusal(long id, TaxonomyTheme t, List<String> keywords) {
        return catchThrowableOfType(UserFacingException.class, () -> taxonomyService.editTheme(id, t.version(),
                new ThemeEdit(t.name(), t.description(), keywords, t.phrases(), Set.of(), true))).messageKey();
    }

    @Test
    void namesDescriptionsVersionsAndAreasAreChecked() {
        signIn.as(SignIn.ADMIN);
        String word = word();
        assertThat(refusedAdd(new ThemeEdit("complaints HANDLING", "d", List.of(word), List.of(), Set.of(), true)))
                .isEqualTo("taxonomy.error.name-taken");
        assertThat(refusedAdd(new ThemeEdit(" ", "d", List.of(word), List.of(), Set.of(), true)))
                .isEqualTo("taxonomy.error.name-required");
        assertThat(refusedAdd(new ThemeEdit("n".repeat(121), "d", List.of(word), List.of(), Set.of(), true)))
                .isEqualTo("taxonomy.error.name-too-long");
        assertThat(refusedAdd(new ThemeEdit("Tab\tname", "d", List.of(word), List.of(), Set.of(), true)))
                .isEqualTo("taxonomy.error.name-hidden");
        assertThat(refusedAdd(new ThemeEdit("Fine " + word, "", List.of(word), List.of(), Set.of(), true)))
                .isEqualTo("taxonomy.error.description-required");
        assertThat(refusedAdd(new ThemeEdit("Fine " + word, "d".repeat(501), List.of(word), List.of(), Set.of(), true)))
                .isEqualTo("taxonomy.error.description-too-long");
        assertThat(refusedAdd(new ThemeEdit("Fine " + word, "d", List.of(word), List.of(), Set.of(-7L), true)))
                .isEqualTo("taxonomy.error.area-unknown");

        // two themes with names that make the same code get different codes
        long a = taxonomyService.addTheme(new ThemeEdit("Café " + word, "d", List.of(word), List.of(), Set.of(), false));
        long b = taxonomyService.addTheme(new ThemeEdit("Cafe_" + word, "d", List.of(word), List.of(), Set.of(), false));
        String codeA = taxonomyService.theme(a).code();
        String codeB = taxonomyService.theme(b).code();
        assertThat(codeA).isEqualTo(("CAFE_" + word).toUpperCase());
        assertThat(codeB).isEqualTo(codeA + "_B");

        TaxonomyTheme seen = taxonomyService.theme(a);
        taxonomyService.editTheme(a, seen.version(), new ThemeEdit(seen.name(), "first change", seen.keywords(),
                seen.phrases(), Set.of(), false));
        assertThat(catchThrowableOfType(UserFacingException.class, () -> taxonomyService.editTheme(a, seen.version(),
                new ThemeEdit(seen.name(), "second change", seen.keywords(), seen.phrases(), Set.of(), false)))
                .messageKey()).isEqualTo("taxonomy.error.changed");
        assertThat(taxonomyService.theme(a).description()).isEqualTo("first change");
        // the list has inactive themes too, after those in use
        List<TaxonomyTheme> all = taxonomyService.themes(0, 1000);
        assertThat(all).extracting(TaxonomyTheme::id).contains(a, b);
        assertThat(all.stream().dropWhile(TaxonomyTheme::active)).allMatch(t -> !t.active());
        assertThat(all).hasSize(taxonomyService.countThemes());
    }

    private String refusedAdd(ThemeEdit edit) {
        return catchThrowableOfType(UserFacingException.class, () -> taxonomyService.addTheme(edit)).messageKey();
    }

    @ParameterizedTest
    @ValueSource(strings = {SignIn.PARENT_HARPER, SignIn.YOUNG_HARPER, SignIn.PRACTITIONER_NORTH})
    void onlyAdministratorsAndManagersReachTheTaxonomy(String username) {
        signIn.as(username);
        assertThatThrownBy(() -> taxonomyService.themes(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> taxonomyService.areas()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> taxonomyService.addTheme(new ThemeEdit("Mine " + word(), "d", List.of(word()),
                List.of(), Set.of(), true))).isInstanceOf(AccessDeniedException.class);
        long seed = jdbc.sql("select id from theme where code = 'SCHOOL'").query(Long.class).single();
        assertThatThrownBy(() -> taxonomyService.editTheme(seed, 0, new ThemeEdit("School", "d", List.of("school"),
                List.of(), Set.of(), true))).isInstanceOf(AccessDeniedException.class);
    }
}

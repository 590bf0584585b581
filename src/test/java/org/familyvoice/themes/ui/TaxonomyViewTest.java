package org.familyvoice.themes.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.themes.TaxonomyService;
import org.familyvoice.themes.TaxonomyTheme;
import org.familyvoice.themes.Taxonomy;
import org.familyvoice.themes.ThemeEdit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Administrators and managers keep the theme taxonomy; a change tags the next text saved. */
class TaxonomyViewTest extends KaribuTest {

    @Autowired TaxonomyService taxonomyService;
    @Autowired Taxonomy taxonomy;

    /** A made-up word (letters only) that no other test's text contains. */
    private static String word(String prefix) {
        StringBuilder s = new StringBuilder(prefix);
        for (char c : Long.toString(System.nanoTime(), 26).toCharArray()) {
            s.append((char) ('a' + Character.digit(c, 26)));
        }
        return s.toString();
    }

    @SuppressWarnings("unchecked")
    private static Grid<TaxonomyTheme> grid() {
        return _get(Grid.class);
    }

    private static void openEditorOf(long themeId) {
        List<TaxonomyTheme> rows = _findAll(grid());
        int row = rows.stream().map(TaxonomyTheme::id).toList().indexOf(themeId);
        assertThat(row).isNotNegative();
        _click((Button) _getCellComponent(grid(), row, "edit"));
    }

    private List<String> tagged(String text) {
        return taxonomy.current().tagger().tag(text).codes();
    }

    @Test
    void anAdministratorEditsAThemesKeywordsAndTheNextTextIsTaggedByThem() {
        signIn.as(SignIn.ADMIN);
        String old = word("zv");
        String fresh = word("xw");
        long id = taxonomyService.addTheme(new ThemeEdit("Bus passes " + old, "travel passes for school and contact",
                List.of(old), List.of(), Set.of(), true));
        String code = taxonomyService.theme(id).code();
        SignIn.out();

        login(SignIn.ADMIN);
        UI.getCurrent().navigate("theme-taxonomy");
        assertThat(_get(H1.class).getText()).isEqualTo("Theme taxonomy");
        assertThat(_findAll(grid())).extracting(TaxonomyTheme::name).contains("Complaints handling", "Bus passes " + old);
        Button edit = (Button) _getCellComponent(grid(), _findAll(grid()).stream().map(TaxonomyTheme::id).toList()
                .indexOf(id), "edit");
        assertThat(edit.getElement().getAttribute("aria-label")).isEqualTo("Edit the theme Bus passes " + old);
        openEditorOf(id);
        TextArea keywords = _get(TextArea.class, spec -> spec.withLabel("Keywords, one per line"));
        assertThat(keywords.getValue()).isEqualTo(old);

        // a term that could never match is refused by name, and what was typed stays
        _setValue(keywords, fresh + "\nthe\nbus pass^0.5");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(keywords.isInvalid()).isTrue();
        assertThat(keywords.getErrorMessage()).startsWith("\u201cthe\u201d has only common words");
        assertThat(keywords.getValue()).isEqualTo(fresh + "\nthe\nbus pass^0.5");
        assertThat(tagged("my " + old + " ran out")).contains(code);

        _setValue(keywords, fresh + "\n\n  bus pass^0.5  \n");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Phrases, one per line")), "no way to get there");
        CheckboxGroup<TaxonomyTheme.MappedArea> areas = _get(CheckboxGroup.class,
                spec -> spec.withLabel("Improvement areas it speaks to"));
        _setValue(areas, Set.of(areas.getListDataView().getItems()
                .filter(a -> a.name().equals("Permanence")).findFirst().orElseThrow()));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(_find(TextArea.class)).as("the dialog closed").isEmpty();

        TaxonomyTheme saved = taxonomyService.theme(id);
        assertThat(saved.keywords()).containsExactly(fresh, "bus pass^0.5");
        assertThat(saved.phrases()).containsExactly("no way to get there");
        assertThat(saved.areas()).extracting(TaxonomyTheme.MappedArea::name).containsExactly("Permanence");
        assertThat(_findAll(grid())).filteredOn(t -> t.id() == id).singleElement()
                .satisfies(t -> assertThat(t.keywords()).containsExactly(fresh, "bus pass^0.5"));
        assertThat(tagged("my " + fresh + " ran out")).contains(code);
        assertThat(tagged("my " + old + " ran out")).doesNotContain(code);

        // taken out of use from the same dialog
        openEditorOf(id);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("In use for tagging")), false);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(tagged("my " + fresh + " ran out")).doesNotContain(code);
    }

    @Test
    void aManagerAddsAThemeAndItIsListedWithItsTerms() {
        login(SignIn.MANAGER_NORTH);
        UI.getCurrent().navigate("theme-taxonomy");
        String name = "Respite " + word("yv");
        _click(_get(Button.class, spec -> spec.withText("New theme")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), name);
        _click(_get(Button.class, spec -> spec.withText("Add theme")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Description")).isInvalid()).isTrue();
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Description")), "short breaks for carers");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Keywords, one per line")), "respite\nshort breaks");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Phrases, one per line")), "a night off|a break");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("In use for tagging")), false);
        _click(_get(Button.class, spec -> spec.withText("Add theme")));
        TextArea phrases = _get(TextArea.class, spec -> spec.withLabel("Phrases, one per line"));
        assertThat(phrases.isInvalid()).isTrue();
        assertThat(phrases.getErrorMessage()).contains("Put each term on its own line");

        _setValue(phrases, "a night off\na break");
        _click(_get(Button.class, spec -> spec.withText("Add theme")));
        assertThat(_findAll(grid())).filteredOn(t -> t.name().equals(name)).singleElement().satisfies(t -> {
            assertThat(t.active()).isFalse();
            assertThat(t.keywords()).containsExactly("respite", "short breaks");
            assertThat(t.phrases()).containsExactly("a night off", "a break");
        });
    }
}

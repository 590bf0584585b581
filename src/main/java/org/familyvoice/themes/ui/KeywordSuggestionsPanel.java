package org.familyvoice.themes.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import org.familyvoice.themes.KeywordSuggestion;
import org.familyvoice.themes.TagReviewService;
import org.familyvoice.themes.ThemeRef;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * For managers: choose a theme and read the words that keep turning up in items staff had to add that theme to by
 * hand, with how many items each is in. Whoever edits the taxonomy can add them to the theme's keywords.
 */
class KeywordSuggestionsPanel extends Section {

    private final TagReviewService review;
    private final Div result = new Div();

    KeywordSuggestionsPanel(TagReviewService review, List<ThemeRef> themes) {
        this.review = review;
        addClassName("fv-keyword-suggestions");
        add(new H2(getTranslation("tag-review.suggestions.title")));
        add(new Paragraph(getTranslation("tag-review.suggestions.intro", TagReviewService.SUGGESTION_MIN_ITEMS)));
        var theme = new ComboBox<ThemeRef>(getTranslation("tag-review.suggestions.theme"));
        theme.setItems(themes);
        theme.setItemLabelGenerator(ThemeRef::name);
        theme.setClearButtonVisible(true);
        theme.addValueChangeListener(e -> show(e.getValue()));
        result.getElement().setAttribute("aria-live", "polite");
        add(theme, result);
    }

    private void show(@Nullable ThemeRef theme) {
        result.removeAll();
        if (theme == null) {
            return;
        }
        List<KeywordSuggestion> suggestions = review.keywordSuggestions(theme.id());
        if (suggestions.isEmpty()) {
            result.add(new Paragraph(getTranslation("tag-review.suggestions.none", theme.name())));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("fv-suggestion-list");
        list.getElement().setAttribute("aria-label", getTranslation("tag-review.suggestions.for", theme.name()));
        for (KeywordSuggestion s : suggestions) {
            list.add(new ListItem(getTranslation("tag-review.suggestions.line", s.term(), s.items())));
        }
        result.add(list);
    }
}

package org.familyvoice.themes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.base.Roles;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.themes.ReviewFilter;
import org.familyvoice.themes.ReviewItem;
import org.familyvoice.themes.TagReviewService;
import org.familyvoice.themes.ThemeRef;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * "Check themes": staff read what families wrote (that they allowed to be used) with the themes and feeling the tagger
 * gave it, and confirm or correct them; every correction shows under its item. The list loads a page at a time from
 * the database ("Show more"), newest first, and starts with the items nobody has checked yet. Managers also see which
 * words of corrected items a theme's keywords are missing.
 */
@Route("theme-review")
@RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
@Menu(order = 5.5, icon = "vaadin:tag", title = "menu.theme-review")
class TagReviewView extends Main implements HasDynamicTitle {

    static final int PAGE = 20;

    private final TagReviewService review;
    private final Checkbox notYetReviewed = new Checkbox();
    private final ComboBox<ThemeRef> theme = new ComboBox<>();
    private final Paragraph status = new Paragraph();
    private final UnorderedList list = new UnorderedList();
    private final Button more = new Button();
    private @Nullable ReviewItem last;
    private int shown;
    private int total;

    TagReviewView(TagReviewService review, CurrentUser currentUser) {
        this.review = review;
        addClassName("fv-page");
        addClassName("fv-tag-review");
        add(new H1(getTranslation("tag-review.title")));
        add(new Paragraph(getTranslation("tag-review.intro")));

        List<ThemeRef> themes = review.themes();
        notYetReviewed.setLabel(getTranslation("tag-review.filter.not-reviewed"));
        notYetReviewed.setValue(true);
        notYetReviewed.addValueChangeListener(e -> reload());
        theme.setLabel(getTranslation("tag-review.filter.theme"));
        theme.setItems(themes);
        theme.setItemLabelGenerator(ThemeRef::name);
        theme.setClearButtonVisible(true);
        theme.setPlaceholder(getTranslation("tag-review.filter.any"));
        theme.addValueChangeListener(e -> reload());
        var filters = new Div(notYetReviewed, theme);
        filters.addClassName("fv-inline-form");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", getTranslation("tag-review.filters"));
        add(filters);

        var items = new Section();
        items.add(new H2(getTranslation("tag-review.items")));
        status.getElement().setAttribute("aria-live", "polite");
        status.addClassName("fv-tag-review-status");
        list.addClassName("fv-review-list");
        more.setText(getTranslation("tag-review.more"));
        more.addClickListener(e -> showMore());
        items.add(status, list, more);
        add(items);

        if (currentUser.get().map(u -> u.hasRole(Roles.MANAGER)).orElse(false)) {
            add(new KeywordSuggestionsPanel(review, themes));
        }
        reload();
    }

    private ReviewFilter filter() {
        return new ReviewFilter(notYetReviewed.getValue(), theme.getValue() == null ? null : theme.getValue().id());
    }

    private void reload() {
        list.removeAll();
        last = null;
        shown = 0;
        total = review.count(filter());
        showMore();
    }

    /**
     * The next page after the last item shown (not by position: items checked meanwhile may have left the filter,
     * and nothing must be skipped).
     */
    private void showMore() {
        List<ReviewItem> page = review.items(filter(), last, PAGE);
        List<ThemeRef> themes = theme.getListDataView().getItems().toList();
        for (ReviewItem item : page) {
            list.add(new ReviewCard(review, item, themes));
            last = item;
            shown++;
        }
        more.setVisible(page.size() == PAGE && shown < total);
        status.setText(shown == 0 ? getTranslation("tag-review.none")
                : getTranslation("tag-review.showing", shown, Math.max(shown, total)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tag-review.title") + " | " + getTranslation("app.name");
    }
}

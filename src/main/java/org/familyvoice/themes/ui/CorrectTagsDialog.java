package org.familyvoice.themes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.themes.ReviewItem;
import org.familyvoice.themes.Sentiment;
import org.familyvoice.themes.TagReviewService;
import org.familyvoice.themes.ThemeRef;

import java.util.List;
import java.util.function.Consumer;

/**
 * Corrects an item's themes (up to three, or none) and feeling. The words are shown again so the person does not have
 * to remember them; nothing is saved until "Save correction", and a refused save keeps what they chose.
 */
final class CorrectTagsDialog extends Dialog {

    CorrectTagsDialog(TagReviewService review, ReviewItem item, List<ThemeRef> themes, Consumer<ReviewItem> onSaved) {
        setHeaderTitle(getTranslation("tag-review.dialog.title"));
        addClassName("fv-correct-dialog");
        var words = new Paragraph(item.text());
        words.addClassName("fv-plain-text");

        var chosen = new MultiSelectComboBox<ThemeRef>(getTranslation("tag-review.dialog.themes"));
        chosen.setItems(themes);
        chosen.setItemLabelGenerator(ThemeRef::name);
        chosen.setValue(item.themes().stream().filter(themes::contains).toList());
        chosen.setHelperText(getTranslation("tag-review.dialog.themes.help", TagReviewService.MAX_THEMES));
        chosen.setSelectedItemsOnTop(true);
        chosen.setWidthFull();
        chosen.addValueChangeListener(e -> chosen.setInvalid(false));

        var feeling = new RadioButtonGroup<Sentiment>(getTranslation("tag-review.dialog.feeling"));
        feeling.setItems(Sentiment.values());
        feeling.setItemLabelGenerator(s -> getTranslation("tag-review.sentiment." + s.name()));
        feeling.setValue(item.sentiment());
        feeling.setRequiredIndicatorVisible(true);
        feeling.addValueChangeListener(e -> feeling.setInvalid(false));

        add(new Div(words, chosen, feeling));

        var save = new Button(getTranslation("tag-review.dialog.save"), e -> {
            try {
                List<Long> ids = chosen.getValue().stream().map(ThemeRef::id).toList();
                ReviewItem now = review.correct(item.id(), ids, feeling.getValue());
                close();
                Notices.success(this, "tag-review.corrected");
                onSaved.accept(now);
            } catch (UserFacingException ex) {
                Notices.error(this, ex);
                if (ex.messageKey().equals("tag-review.error.sentiment")) {
                    feeling.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                    feeling.setInvalid(true);
                } else {
                    chosen.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                    chosen.setInvalid(true);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        setCloseOnOutsideClick(false);
    }
}

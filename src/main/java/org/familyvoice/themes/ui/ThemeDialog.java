package org.familyvoice.themes.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.familyvoice.base.StorableText;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.themes.TaxonomyService;
import org.familyvoice.themes.TaxonomyTheme;
import org.familyvoice.themes.TaxonomyTheme.MappedArea;
import org.familyvoice.themes.ThemeEdit;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adds a theme or changes one: name, description, keywords and phrases (one per line), the improvement areas it
 * speaks to, and whether it is in use. A refused save keeps everything typed and says why on the field.
 */
final class ThemeDialog extends Dialog {

    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final TextArea keywords = new TextArea();
    private final TextArea phrases = new TextArea();
    private final CheckboxGroup<MappedArea> areas = new CheckboxGroup<>();
    private final Checkbox active = new Checkbox();

    private ThemeDialog(TaxonomyService taxonomy, @Nullable TaxonomyTheme existing, Runnable afterSave) {
        setHeaderTitle(existing == null ? getTranslation("taxonomy.new")
                : getTranslation("taxonomy.edit.title", existing.name()));
        addClassName("fv-theme-dialog");
        name.setLabel(getTranslation("taxonomy.name"));
        name.setMaxLength(TaxonomyService.MAX_NAME);
        name.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("taxonomy.description"));
        description.setMaxLength(TaxonomyService.MAX_DESCRIPTION);
        description.setRequiredIndicatorVisible(true);
        description.setMinRows(2);
        keywords.setLabel(getTranslation("taxonomy.keywords"));
        keywords.setHelperText(getTranslation("taxonomy.keywords.help"));
        keywords.setMinRows(5);
        keywords.setMaxRows(12);
        phrases.setLabel(getTranslation("taxonomy.phrases"));
        phrases.setHelperText(getTranslation("taxonomy.phrases.help"));
        phrases.setMinRows(5);
        phrases.setMaxRows(12);
        areas.setLabel(getTranslation("taxonomy.areas"));
        areas.setHelperText(getTranslation("taxonomy.areas.help"));
        List<MappedArea> choices = taxonomy.areas();
        Set<Long> mapped = existing == null ? Set.of()
                : existing.areas().stream().map(MappedArea::id).collect(Collectors.toSet());
        areas.setItems(choices.stream().filter(a -> a.active() || mapped.contains(a.id())).toList());
        areas.setItemLabelGenerator(a -> a.active() ? a.name() : getTranslation("taxonomy.area.retired", a.name()));
        areas.addClassName("fv-vertical-checkboxes");
        active.setLabel(getTranslation("taxonomy.active.label"));
        active.setHelperText(getTranslation("taxonomy.active.help"));
        active.setValue(true);
        if (existing != null) {
            name.setValue(existing.name());
            description.setValue(existing.description());
            keywords.setValue(String.join("\n", existing.keywords()));
            phrases.setValue(String.join("\n", existing.phrases()));
            areas.setValue(choices.stream().filter(a -> mapped.contains(a.id())).collect(Collectors.toSet()));
            active.setValue(existing.active());
        }
        for (var f : new TextArea[]{description, keywords, phrases}) {
            f.setWidthFull();
        }
        name.setWidthFull();
        var form = new FormLayout(name, description, keywords, phrases, areas, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        form.setColspan(name, 2);
        form.setColspan(description, 2);
        form.setColspan(areas, 2);
        form.setColspan(active, 2);
        add(form);

        var save = new Button(getTranslation(existing == null ? "taxonomy.add" : "common.save"), e -> {
            for (HasValidation f : new HasValidation[]{name, description, keywords, phrases, areas}) {
                f.setInvalid(false);
            }
            var edit = new ThemeEdit(name.getValue(), description.getValue(), ThemeEdit.lines(keywords.getValue()),
                    ThemeEdit.lines(phrases.getValue()),
                    areas.getValue().stream().map(MappedArea::id).collect(Collectors.toSet()), active.getValue());
            try {
                if (existing == null) {
                    taxonomy.addTheme(edit);
                    Notices.success(this, "taxonomy.added", edit.name().strip());
                } else {
                    taxonomy.editTheme(existing.id(), existing.version(), edit);
                    Notices.success(this, "taxonomy.saved", edit.name().strip());
                }
                close();
                afterSave.run();
            } catch (UserFacingException ex) {
                showError(ex, afterSave);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        setCloseOnOutsideClick(false);
    }

    static ThemeDialog create(TaxonomyService taxonomy, Runnable afterSave) {
        return new ThemeDialog(taxonomy, null, afterSave);
    }

    static ThemeDialog edit(TaxonomyService taxonomy, TaxonomyTheme theme, Runnable afterSave) {
        return new ThemeDialog(taxonomy, theme, afterSave);
    }

    /** On the field it is about; a term's problem goes on the list that holds the term. */
    private void showError(UserFacingException ex, Runnable afterSave) {
        String key = ex.messageKey();
        String error = key.startsWith("taxonomy.error.") ? key.substring("taxonomy.error.".length()) : "";
        HasValidation field = error.startsWith("name") ? name
                : error.startsWith("description") ? description
                : error.startsWith("keywords") ? keywords
                : error.startsWith("phrases") ? phrases
                : error.startsWith("area") ? areas
                : error.startsWith("term") || error.equals("stop-words-only") || error.equals("weight") ? termField(ex)
                : null;
        if (field == null) {
            Notices.error(this, ex);
            if (key.equals("taxonomy.error.changed")) {
                close();
                afterSave.run();
            }
            return;
        }
        field.setErrorMessage(getTranslation(key, ex.args()));
        field.setInvalid(true);
    }

    private HasValidation termField(UserFacingException ex) {
        Object term = ex.args().length > 0 ? ex.args()[0] : null;
        if (term != null && !ThemeEdit.lines(keywords.getValue()).contains(term.toString())
                && ThemeEdit.lines(phrases.getValue()).contains(term.toString())) {
            return phrases;
        }
        if (term == null && ThemeEdit.lines(keywords.getValue()).stream().allMatch(t -> StorableText.isStorable(t, false))) {
            return phrases;
        }
        return keywords;
    }
}

package org.familyvoice.improvement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextAreaVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.base.Roles;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Confirm;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.base.ui.RouteLookup;
import org.familyvoice.base.ui.UkDatePicker;
import org.familyvoice.improvement.YouSaidEntry;
import org.familyvoice.improvement.YouSaidEntry.Choice;
import org.familyvoice.improvement.YouSaidEntry.Draft;
import org.familyvoice.improvement.YouSaidService;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One "You said, we did" entry: what we heard, what we did, when, an optional theme and improvement action, and the
 * families' words that fed it. A draft is saved, then published after a confirmation; a published entry can be taken
 * off the public page (and published again: nobody is told twice). A refused save keeps everything typed.
 */
@Route("you-said-we-did/manage/:entry")
@RolesAllowed(Roles.MANAGER)
class YouSaidEditView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "new";

    private final YouSaidService service;
    private final H1 title = new H1();
    private final Paragraph status = new Paragraph();
    private final TextArea heard = new TextArea();
    private final TextArea did = new TextArea();
    private final DatePicker doneOn;
    private final ComboBox<Choice> theme = new ComboBox<>();
    private final ComboBox<Choice> action = new ComboBox<>();
    private final YouSaidVoicePicker voices;
    private final Button save = new Button();
    private final Button publish = new Button();
    private final Button unpublish = new Button();
    private final Button delete = new Button();
    private @Nullable YouSaidEntry entry;

    YouSaidEditView(YouSaidService service, Clock clock) {
        this.service = service;
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        addClassNames("fv-page", "fv-you-said-edit");
        status.getElement().setAttribute("aria-live", "polite");
        status.addClassName("fv-you-said-status");
        add(new RouterLink(getTranslation("you-said.edit.back"), YouSaidView.class), title, status);

        for (TextArea area : List.of(heard, did)) {
            area.setMaxLength(YouSaidEntry.MAX_TEXT);
            area.setValueChangeMode(ValueChangeMode.EAGER);
            area.addThemeVariants(TextAreaVariant.LUMO_HELPER_ABOVE_FIELD);
            area.setRequired(true);
            area.setWidthFull();
            area.setMinHeight("7em");
        }
        heard.setLabel(getTranslation("you-said.edit.heard"));
        heard.setHelperText(getTranslation("you-said.edit.heard.help"));
        did.setLabel(getTranslation("you-said.edit.did"));
        did.setHelperText(getTranslation("you-said.edit.did.help"));
        doneOn = UkDatePicker.create(this, "you-said.edit.done-on", "you-said.edit.done-on.help");
        doneOn.setRequiredIndicatorVisible(true);
        doneOn.setMax(today);
        doneOn.setValue(today);
        List<Choice> themes = service.themes();
        theme.setLabel(getTranslation("you-said.edit.theme"));
        theme.setItems(themes);
        theme.setItemLabelGenerator(Choice::name);
        theme.setClearButtonVisible(true);
        theme.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                voices().suggestTheme(e.getValue());
            }
        });
        action.setLabel(getTranslation("you-said.edit.action"));
        action.setItems(service.actions());
        action.setItemLabelGenerator(Choice::name);
        action.setClearButtonVisible(true);
        var when = new Div(doneOn, theme, action);
        when.addClassName("fv-inline-form");
        add(heard, did, when);

        voices = new YouSaidVoicePicker(service, themes, today);
        add(voices);

        save.setText(getTranslation("you-said.edit.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        publish.setText(getTranslation("you-said.edit.publish"));
        publish.addClickListener(e -> Confirm.ask(this, getTranslation("you-said.edit.publish.header"),
                getTranslation("you-said.edit.publish.text"), getTranslation("you-said.edit.publish"), this::publish));
        unpublish.setText(getTranslation("you-said.edit.unpublish"));
        unpublish.addClickListener(e -> Confirm.ask(this, getTranslation("you-said.edit.unpublish.header"),
                getTranslation("you-said.edit.unpublish.text"), getTranslation("you-said.edit.unpublish"),
                this::unpublish));
        delete.setText(getTranslation("you-said.edit.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> Confirm.ask(this, getTranslation("you-said.edit.delete.header"),
                getTranslation("you-said.edit.delete.text"), getTranslation("you-said.edit.delete"), this::delete));
        var buttons = new Div(save, publish, unpublish, delete);
        buttons.addClassName("fv-actions");
        add(buttons);
    }

    private YouSaidVoicePicker voices() {
        return voices;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (NEW.equals(event.getRouteParameters().get("entry").orElse(""))) {
            entry = null;
        } else {
            entry = RouteLookup.byId(event, "entry", id -> service.find(id).orElseThrow());
            if (entry == null) {
                return;
            }
        }
        show();
    }

    /** Fills the form from the entry as stored and shows what may be done with it now. */
    private void show() {
        YouSaidEntry e = entry;
        if (e == null) {
            title.setText(getTranslation("you-said.edit.title.new"));
            status.setText(getTranslation("you-said.edit.status.draft"));
            voices.setLinked(List.of(), false);
        } else {
            title.setText(getTranslation("you-said.edit.title"));
            heard.setValue(e.heard());
            did.setValue(e.did());
            doneOn.setValue(e.doneOn());
            theme.setValue(e.theme() == null ? null : find(theme, e.theme().id()));
            action.setValue(e.action() == null ? null : find(action, e.action().id()));
            voices.setLinked(service.linkedVoices(e.id()), e.everPublished());
            status.setText(getTranslation(e.published() ? "you-said.edit.status.published"
                    : e.everPublished() ? "you-said.edit.status.unpublished" : "you-said.edit.status.draft"));
        }
        boolean published = e != null && e.published();
        for (var field : List.of(heard, did)) {
            field.setReadOnly(published);
        }
        doneOn.setReadOnly(published);
        theme.setReadOnly(published);
        action.setReadOnly(published);
        voices.setVisible(!published || !voices.chosenIds().isEmpty());
        save.setVisible(!published);
        publish.setVisible(e != null && !published);
        unpublish.setVisible(published);
        delete.setVisible(e != null && !e.everPublished());
    }

    private static @Nullable Choice find(ComboBox<Choice> box, long id) {
        return box.getListDataView().getItems().filter(c -> c.id() == id).findFirst().orElse(null);
    }

    private Draft draft() {
        return new Draft(heard.getValue(), did.getValue(), doneOn.getValue(),
                theme.getValue() == null ? null : theme.getValue().id(),
                action.getValue() == null ? null : action.getValue().id(), voices.chosenIds());
    }

    /** Saves; returns the stored entry, or null when refused (the message is shown and nothing typed is lost). */
    private @Nullable YouSaidEntry store() {
        try {
            if (entry == null) {
                long id = service.create(draft());
                return service.find(id).orElseThrow();
            }
            service.update(entry.id(), entry.version(), draft());
            return service.find(entry.id()).orElseThrow();
        } catch (UserFacingException ex) {
            Notices.error(this, ex);
            return null;
        }
    }

    private void save() {
        boolean created = entry == null;
        YouSaidEntry saved = store();
        if (saved == null) {
            return;
        }
        Notices.success(this, "you-said.edit.saved");
        if (created) {
            getUI().ifPresent(ui -> ui.navigate(YouSaidEditView.class,
                    new RouteParameters("entry", Long.toString(saved.id()))));
        } else {
            entry = saved;
            show();
        }
    }

    /** Saves what is on the form, then publishes that version. */
    private void publish() {
        YouSaidEntry saved = store();
        if (saved == null) {
            return;
        }
        entry = saved;
        try {
            int told = service.publish(saved.id(), saved.version());
            Notices.success(this, "you-said.edit.published", told);
        } catch (UserFacingException ex) {
            Notices.error(this, ex);
        }
        reload();
    }

    private void unpublish() {
        YouSaidEntry e = entry;
        if (e == null) {
            return;
        }
        try {
            service.unpublish(e.id(), e.version());
            Notices.success(this, "you-said.edit.unpublished");
        } catch (UserFacingException ex) {
            Notices.error(this, ex);
        }
        reload();
    }

    private void delete() {
        YouSaidEntry e = entry;
        if (e == null) {
            return;
        }
        try {
            service.delete(e.id(), e.version());
            Notices.success(this, "you-said.edit.deleted");
            getUI().ifPresent(ui -> ui.navigate(YouSaidView.class));
        } catch (UserFacingException ex) {
            Notices.error(this, ex);
        }
    }

    private void reload() {
        if (entry != null) {
            service.find(entry.id()).ifPresent(found -> {
                entry = found;
                show();
            });
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("you-said.edit.page-title") + " | " + getTranslation("app.name");
    }
}

package org.familyvoice.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.base.Roles;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Confirm;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.base.ui.RouteLookup;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.feedback.AlertId;
import org.familyvoice.feedback.SafeguardingAlert;
import org.familyvoice.feedback.SafeguardingService;
import org.jspecify.annotations.Nullable;

import java.time.Clock;

/**
 * One safeguarding alert: what was written, why it was flagged, by when someone must respond, and what has been
 * done. The duty worker acknowledges it, records each step and closes it.
 */
@Route("duty/:alertId")
@RolesAllowed({Roles.MANAGER, Roles.DUTY})
class AlertView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The service's limit for the notes on one alert. */
    static final int MAX_ACTION = 4000;

    private final SafeguardingService safeguarding;
    private final Clock clock;
    private SafeguardingAlert alert;
    /** Kept across re-renders, so a refused note is never lost. */
    private @Nullable TextArea action;

    AlertView(SafeguardingService safeguarding, Clock clock) {
        this.safeguarding = safeguarding;
        this.clock = clock;
        addClassName("fv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SafeguardingAlert found = RouteLookup.byId(event, "alertId", id -> safeguarding.open(new AlertId(id)));
        if (found == null) {
            return;
        }
        alert = found;
        render();
    }

    private void render() {
        removeAll();
        add(new RouterLink(getTranslation("duty.alert.back"), DutyQueueView.class),
                new H1(getTranslation("duty.alert.title")));
        var badges = new Div();
        badges.addClassName("fv-actions");
        if (alert.overdue(clock.instant())) {
            badges.add(Parts.badge(this, "duty.overdue", "fv-badge-overdue"));
        }
        if (alert.urgent()) {
            badges.add(Parts.badge(this, "duty.urgent", "fv-badge-alert"));
        }
        if (badges.getComponentCount() > 0) {
            add(badges);
        }
        add(facts());
        add(new H2(getTranslation("duty.alert.text")));
        var text = Parts.plainText(alert.text());
        text.addClassName("fv-card");
        add(text);
        add(why());
        add(new H2(getTranslation("duty.alert.actions-so-far")));
        add(alert.actionTaken() == null ? new Paragraph(getTranslation("duty.alert.nothing-yet"))
                : Parts.plainText(alert.actionTaken()));
        if (alert.status() == SafeguardingAlert.Status.CLOSED) {
            add(new Paragraph(getTranslation("duty.alert.is-closed")));
        } else {
            add(workOnIt());
        }
    }

    private Div facts() {
        var facts = new Div(
                Parts.fact(this, "duty.status", getTranslation("duty.status." + alert.status().name())),
                Parts.fact(this, "duty.raised", Formats.dateTime(alert.raisedAt())),
                Parts.fact(this, "duty.due", Formats.dateTime(alert.dueAt())),
                Parts.fact(this, "duty.who", AlertWords.author(this, alert)),
                Parts.fact(this, "duty.alert.family", family()));
        if (alert.acknowledgedAt() != null) {
            facts.add(Parts.fact(this, "duty.alert.acknowledged-at", Formats.dateTime(alert.acknowledgedAt())));
        }
        if (alert.closedAt() != null) {
            facts.add(Parts.fact(this, "duty.alert.closed-at", Formats.dateTime(alert.closedAt())));
        }
        facts.addClassName("fv-facts");
        if (alert.overdue(clock.instant())) {
            var overdue = new Paragraph(getTranslation("duty.alert.overdue"));
            overdue.addClassName("fv-overdue-note");
            return new Div(overdue, facts);
        }
        return facts;
    }

    private Component family() {
        if (alert.familyId() == null) {
            return new Span(getTranslation("duty.alert.no-family"));
        }
        return new Anchor("families/" + alert.familyId(), alert.familyName() == null
                ? getTranslation("duty.alert.family.link") : alert.familyName());
    }

    private Div why() {
        var section = new Div(new H2(getTranslation("duty.concerns")), new Paragraph(AlertWords.concerns(this, alert)));
        var signs = AlertWords.signs(this, alert);
        if (!signs.isEmpty()) {
            var list = new UnorderedList();
            signs.forEach(s -> list.add(new ListItem(s)));
            section.add(new Span(getTranslation("duty.alert.signs")), list);
        }
        return section;
    }

    private Div workOnIt() {
        var work = new Div();
        work.addClassName("fv-card");
        if (alert.status() == SafeguardingAlert.Status.OPEN) {
            var acknowledge = new Button(getTranslation("duty.alert.acknowledge"), e -> acknowledge());
            acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            work.add(new Div(acknowledge));
        }
        if (action == null) {
            action = Parts.countedTextArea(this, "duty.alert.action", MAX_ACTION);
        }
        var help = new Paragraph(getTranslation("duty.alert.action.help"));
        help.addClassName("fv-hint");
        var save = new Button(getTranslation("duty.alert.save"), e -> record(false));
        var saveAndClose = new Button(getTranslation("duty.alert.save-close"), e -> confirmClose());
        saveAndClose.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var buttons = new Div(save, saveAndClose);
        buttons.addClassName("fv-actions");
        work.add(help, action, buttons);
        return work;
    }

    private void acknowledge() {
        alert = safeguarding.acknowledge(alert.id());
        Notices.success(this, "duty.alert.acknowledged");
        render();
    }

    private void confirmClose() {
        Confirm.ask(this, getTranslation("duty.alert.close.title"), getTranslation("duty.alert.close.text"),
                getTranslation("duty.alert.save-close"), () -> record(true));
    }

    private void record(boolean close) {
        TextArea area = action;
        if (area == null) {
            return;
        }
        try {
            alert = safeguarding.recordAction(alert.id(), area.getValue(), close);
        } catch (UserFacingException ex) {
            area.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
            area.setInvalid(true);
            area.focus();
            return;
        }
        area.clear();
        Notices.success(this, close ? "duty.alert.closed" : "duty.alert.saved");
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("duty.alert.title") + " | " + getTranslation("app.name");
    }
}

package org.familyvoice.improvement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.improvement.ActionStatus;

import java.util.Locale;
import java.util.Map;

/** Small building blocks of the improvement plan pages: status words, badges, facts, errors on fields. */
final class PlanParts {

    /** The message someone else's change in between gives: the dialog closes and the plan shows as it now is. */
    static final String CHANGED = "improvement.error.changed";

    private PlanParts() {
    }

    static String status(Component owner, ActionStatus status) {
        return owner.getTranslation("improvement.status." + status.name());
    }

    /** The status as a word in a box (the word carries the meaning; the colour only adds emphasis). */
    static Span statusBadge(Component owner, ActionStatus status) {
        var badge = new Span(status(owner, status));
        badge.addClassNames("fv-badge", "fv-plan-status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }

    static Span badge(Component owner, String key, String variant) {
        var badge = new Span(owner.getTranslation(key));
        badge.addClassNames("fv-badge", variant);
        return badge;
    }

    /** A label over a value. */
    static Div fact(Component owner, String key, String value) {
        var label = new Span(owner.getTranslation(key));
        label.addClassName("fv-fact-label");
        var div = new Div(label, new Span(value));
        div.addClassName("fv-fact");
        return div;
    }

    /** Words as typed (never as HTML), line breaks kept. */
    static Div plainText(String text) {
        var div = new Div();
        div.setText(text);
        div.addClassName("fv-plain-text");
        return div;
    }

    /**
     * Shows a refusal on the field it is about, or as a notice (read out by screen readers) when it is about none.
     * Fields are named by how their messages start after "improvement.error.", e.g. "title" for
     * "improvement.error.title-required". Returns whether it went on a field.
     */
    static boolean showOnField(Component owner, UserFacingException e, Map<String, HasValidation> fieldsByError) {
        for (var entry : fieldsByError.entrySet()) {
            if (e.messageKey().startsWith("improvement.error." + entry.getKey())) {
                HasValidation field = entry.getValue();
                field.setErrorMessage(owner.getTranslation(e.messageKey(), e.args()));
                field.setInvalid(true);
                if (field instanceof com.vaadin.flow.component.Focusable<?> f) {
                    f.focus();
                }
                return true;
            }
        }
        Notices.error(owner, e);
        return false;
    }

    static void clear(HasValidation... fields) {
        for (HasValidation f : fields) {
            f.setInvalid(false);
        }
    }
}

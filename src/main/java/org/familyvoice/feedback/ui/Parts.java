package org.familyvoice.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.familyvoice.base.ui.UkDatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.List;

/** Small building blocks the staff feedback and duty pages share: facts, badges, plain text, counters. */
final class Parts {

    private Parts() {
    }

    /** A label over a value, as in the family page. */
    static Div fact(Component owner, String key, String value) {
        var label = new Span(owner.getTranslation(key));
        label.addClassName("fv-fact-label");
        var div = new Div(label, new Span(value));
        div.addClassName("fv-fact");
        return div;
    }

    static Div fact(Component owner, String key, Component value) {
        var label = new Span(owner.getTranslation(key));
        label.addClassName("fv-fact-label");
        var div = new Div(label, value);
        div.addClassName("fv-fact");
        return div;
    }

    /** A word in a box: meaning carried by the text, the style only adds emphasis. */
    static Span badge(Component owner, String key, String variant) {
        var badge = new Span(owner.getTranslation(key));
        badge.addClassNames("fv-badge", variant);
        return badge;
    }

    /** Someone's own words, shown exactly as typed (never as HTML), keeping their line breaks. */
    static Div plainText(String text) {
        var div = new Div();
        div.setText(text);
        div.addClassName("fv-plain-text");
        return div;
    }

    /** A required text area with a visible "123 / 4000" count under it. */
    static TextArea countedTextArea(Component owner, String labelKey, int max) {
        var area = new TextArea(owner.getTranslation(labelKey));
        area.setMaxLength(max);
        area.setRequired(true);
        area.setWidthFull();
        area.setMinRows(4);
        area.setValueChangeMode(ValueChangeMode.EAGER);
        area.setHelperText(owner.getTranslation("feedback-staff.counter", "0", String.valueOf(max)));
        area.addValueChangeListener(e -> {
            area.setHelperText(owner.getTranslation("feedback-staff.counter",
                    String.valueOf(e.getValue().length()), String.valueOf(max)));
            area.setInvalid(false);
        });
        return area;
    }

    /** A UK date picker for a filter: an example of how to type a date, and a button to clear it. */
    static DatePicker ukDatePicker(Component owner, String labelKey) {
        var picker = UkDatePicker.create(owner, labelKey, "feedback-staff.filter.date-help");
        picker.setClearButtonVisible(true);
        return picker;
    }

    static String joined(List<String> parts) {
        return String.join(", ", parts);
    }
}

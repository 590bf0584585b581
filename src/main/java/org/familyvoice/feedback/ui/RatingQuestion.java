package org.familyvoice.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * One statement rated on a five-point scale, each point shown as a face and a word. The face is decoration
 * (hidden from screen readers); the word is the answer. Young people get plainer words, larger faces and a
 * "skip" button; for everyone the question is optional.
 */
final class RatingQuestion extends Div {

    /** A face for each point: drawn pictures, so every phone shows the same faces whatever its emoji font. */
    static Image face(int value) {
        var face = new Image("images/faces/" + value + ".svg", "");
        face.addClassName("fv-face");
        face.getElement().setAttribute("aria-hidden", "true");
        return face;
    }

    private final RadioButtonGroup<Integer> group = new RadioButtonGroup<>();

    RatingQuestion(String statementKey, boolean young) {
        addClassName("fv-rating");
        if (young) {
            addClassName("fv-rating-young");
        }
        String voice = young ? "young" : "adult";
        group.setLabel(getTranslation("feedback.statement." + statementKey + "." + voice));
        group.setItems(List.of(1, 2, 3, 4, 5));
        group.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        group.setRenderer(new ComponentRenderer<>(value -> {
            var face = face(value);
            var word = new Span(answer(this, value, young));
            word.addClassName("fv-face-word");
            var option = new Span(face, word);
            option.addClassName("fv-face-option");
            return option;
        }));
        add(group);
        if (young) {
            var skip = new Button(getTranslation("feedback.skip"), e -> group.clear());
            skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            skip.setAriaLabel(getTranslation("feedback.skip.aria", group.getLabel()));
            add(skip);
        }
    }

    static String answer(com.vaadin.flow.component.Component c, int value, boolean young) {
        return c.getTranslation("feedback.answer." + (young ? "young." : "adult.") + value);
    }

    @Nullable Integer getValue() {
        return group.getValue();
    }

    void setValue(@Nullable Integer value) {
        if (value == null) {
            group.clear();
        } else {
            group.setValue(value);
        }
    }

    RadioButtonGroup<Integer> group() {
        return group;
    }
}

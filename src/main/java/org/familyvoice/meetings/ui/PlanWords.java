package org.familyvoice.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.familyvoice.base.ui.UkDatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.familyvoice.meetings.CheckAnswer;
import org.familyvoice.meetings.PlanAction;
import org.familyvoice.meetings.Respondent;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The plan and the post-meeting check in words: days, answers, actions; and the few parts their sections share. */
final class PlanWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private PlanWords() {
    }

    /** "Friday 12 December 2026" */
    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "Priya (social worker) will apply for the bus pass by Friday 12 December 2026", as plain text. */
    static String action(Component c, PlanAction a) {
        return c.getTranslation("plan.action", a.who(), midSentence(a.what()), day(a.dueOn()));
    }

    /**
     * What the worker typed as a heading ("Book the taxi") read in the middle of a sentence ("… will book the taxi"):
     * the first letter lower-cased only when the next one is lower case too, so "IEP", "I" and "Kai" stay as typed.
     */
    static String midSentence(String what) {
        if (what.length() < 2 || !Character.isUpperCase(what.charAt(0)) || !Character.isLowerCase(what.charAt(1))
                || what.startsWith("I ")) {
            return what;
        }
        int end = what.indexOf(' ');
        String firstWord = end < 0 ? what : what.substring(0, end);
        return COMMON_VERBS.contains(firstWord.toLowerCase(java.util.Locale.UK))
                ? Character.toLowerCase(what.charAt(0)) + what.substring(1) : what;
    }

    /** Words a plan's actions usually start with; anything else (a name, a place) keeps its capital. */
    private static final java.util.Set<String> COMMON_VERBS = java.util.Set.of("apply", "arrange", "ask", "book",
            "call", "chase", "check", "contact", "find", "give", "go", "help", "look", "make", "meet", "phone", "refer",
            "ring", "send", "set", "share", "speak", "start", "support", "take", "talk", "tell", "visit", "write");

    /** Yes, Partly or No; a young person reads "A bit" for Partly. */
    static String answer(Component c, CheckAnswer a, boolean youngPerson) {
        return c.getTranslation("check.answer." + a.name() + (youngPerson ? ".young" : ""));
    }

    static String side(Component c, Respondent r) {
        return c.getTranslation("check.side." + r.name());
    }

    /** Someone's own words, shown exactly as typed (never as HTML), keeping their line breaks. */
    static Div plainText(String text) {
        var div = new Div();
        div.setText(text);
        div.addClassName("fv-plain-text");
        return div;
    }

    static Span label(String text) {
        var label = new Span(text);
        label.addClassName("fv-fact-label");
        return label;
    }

    static Span badge(Component c, String key, boolean alert) {
        var badge = new Span(c.getTranslation(key));
        badge.addClassName("fv-badge");
        if (alert) {
            badge.addClassName("fv-badge-alert");
        }
        return badge;
    }

    /** A UK date picker with the plan's example of how to type a date. */
    static DatePicker datePicker(Component c, String labelKey) {
        return UkDatePicker.create(c, labelKey, "plan.date-help");
    }
}

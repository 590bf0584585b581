package org.familyvoice.meetings.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.meetings.Meeting;
import org.familyvoice.meetings.MeetingService;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/** The date, time, length and place or link of a meeting, in UK date and time, shared by scheduling and moving. */
final class WhenAndWhere extends FormLayout {

    static final List<Integer> DURATIONS = List.of(30, 45, 60, 90, 120, 180);

    final DatePicker date = new DatePicker(getTranslation("meetings.field.date"));
    final TimePicker time = new TimePicker(getTranslation("meetings.field.time"));
    final Select<Integer> duration = new Select<>();
    final TextField place = new TextField(getTranslation("meetings.field.place"));
    final TextField link = new TextField(getTranslation("meetings.field.link"));

    WhenAndWhere(LocalDate today) {
        date.setLocale(Locale.UK);
        date.setMin(today);
        date.setHelperText(getTranslation("meetings.field.date.help"));
        date.setRequiredIndicatorVisible(true);
        time.setLocale(Locale.UK);
        time.setStep(Duration.ofMinutes(15));
        time.setRequiredIndicatorVisible(true);
        duration.setLabel(getTranslation("meetings.field.duration"));
        duration.setItems(DURATIONS);
        duration.setItemLabelGenerator(m -> getTranslation("meetings.field.duration.option", m));
        duration.setValue(60);
        place.setMaxLength(MeetingService.MAX_PLACE);
        place.setHelperText(getTranslation("meetings.field.place.help"));
        link.setMaxLength(MeetingService.MAX_LINK);
        link.setHelperText(getTranslation("meetings.field.link.help"));
        add(date, time, duration, place, link);
    }

    void show(Meeting m) {
        var at = m.startsAt().atZone(Formats.ZONE);
        date.setValue(at.toLocalDate());
        time.setValue(at.toLocalTime());
        if (!DURATIONS.contains(m.durationMinutes())) {
            var items = new java.util.TreeSet<>(DURATIONS);
            items.add(m.durationMinutes());
            duration.setItems(items);
        }
        duration.setValue(m.durationMinutes());
        place.setValue(m.place() == null ? "" : m.place());
        link.setValue(m.onlineLink() == null ? "" : m.onlineLink());
    }

    /** The start in UK time, or null while the date or time is missing (the service then asks for them). */
    @Nullable Instant startsAt() {
        if (date.getValue() == null || time.getValue() == null) {
            return null;
        }
        return ZonedDateTime.of(date.getValue(), time.getValue(), Formats.ZONE).toInstant();
    }

    int minutes() {
        return duration.getValue() == null ? 0 : duration.getValue();
    }

    void clearErrors() {
        date.setInvalid(false);
        time.setInvalid(false);
        place.setInvalid(false);
        link.setInvalid(false);
    }

    /** Shows a refusal next to the field it is about; false when it is about none of these fields. */
    boolean showError(UserFacingException ex) {
        String message = getTranslation(ex.messageKey(), ex.args());
        switch (ex.messageKey()) {
            case "meetings.error.when", "meetings.error.in-past", "meetings.error.too-far" -> {
                date.setErrorMessage(message);
                date.setInvalid(true);
                time.setInvalid(date.getValue() != null && time.getValue() == null);
            }
            case "meetings.error.where", "meetings.error.place-too-long" -> {
                place.setErrorMessage(message);
                place.setInvalid(true);
            }
            case "meetings.error.link" -> {
                link.setErrorMessage(message);
                link.setInvalid(true);
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}

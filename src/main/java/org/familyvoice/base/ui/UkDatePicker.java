package org.familyvoice.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;

import java.util.Locale;

/** Date pickers that read and write dates the UK way (31/12/2026, also 31/12/26), weeks starting on Monday. */
public final class UkDatePicker {

    private UkDatePicker() {
    }

    /** A picker labelled {@code labelKey}, with {@code helperKey}'s example of how to type a date under it. */
    public static DatePicker create(Component owner, String labelKey, String helperKey) {
        var picker = new DatePicker(owner.getTranslation(labelKey));
        picker.setLocale(Locale.UK);
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "d/M/yy");
        i18n.setFirstDayOfWeek(1);
        picker.setI18n(i18n);
        picker.setHelperText(owner.getTranslation(helperKey));
        return picker;
    }
}

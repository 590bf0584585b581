package org.familyvoice.themes.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import org.familyvoice.accounts.Team;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.UkDatePicker;
import org.familyvoice.themes.Dashboard.Granularity;
import org.familyvoice.themes.VoiceSource;
import org.familyvoice.themes.ui.DashboardQuery.Period;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The dashboard's choices: period (a preset or dates of one's own), team, source, meeting type and how the trend is
 * grouped. Each change hands the new choices to the page, which puts them in the address. A period the dashboard
 * refuses (backwards, longer than three years) or an unfinished date is explained next to the dates and goes
 * nowhere: the figures stay those of the last good choice, and what was typed stays in the fields.
 */
class FiltersBar extends Div {

    private final Select<Period> period = new Select<>();
    private final DatePicker from;
    private final DatePicker to;
    private final Select<Team> team = new Select<>();
    private final Select<VoiceSource> source = new Select<>();
    private final Select<String> meeting = new Select<>();
    private final Select<Granularity> trend = new Select<>();
    private final Consumer<DashboardQuery> onChange;
    private final List<Team> teams;
    private final Supplier<LocalDate> today;
    private DashboardQuery current;
    /** True while the fields are being set from the address, so that does not count as someone's change. */
    private boolean showing;

    FiltersBar(DashboardQuery initial, Supplier<LocalDate> today, List<Team> teams, List<String> meetingTypes,
               Consumer<DashboardQuery> onChange) {
        this.current = initial;
        this.today = today;
        this.teams = teams;
        this.onChange = onChange;
        addClassNames("fv-inline-form", "fv-themes-filters");
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", getTranslation("themes.filters"));

        period.setLabel(getTranslation("themes.filter.period"));
        period.setItems(Period.values());
        period.setItemLabelGenerator(p -> getTranslation("themes.filter.period." + p.param));
        from = UkDatePicker.create(this, "themes.filter.from", "themes.filter.date-helper");
        to = UkDatePicker.create(this, "themes.filter.to", "themes.filter.date-helper");
        from.setManualValidation(true);
        to.setManualValidation(true);

        team.setLabel(getTranslation("themes.filter.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(t -> t == null ? getTranslation("themes.filter.team.all") : t.name());
        allowAll(team, "themes.filter.team.all");
        source.setLabel(getTranslation("themes.filter.source"));
        source.setItems(VoiceSource.values());
        source.setItemLabelGenerator(s -> s == null ? getTranslation("themes.filter.source.all")
                : FigureWords.source(this, s.name()));
        allowAll(source, "themes.filter.source.all");
        meeting.setLabel(getTranslation("themes.filter.meeting"));
        meeting.setItems(meetingTypes);
        meeting.setItemLabelGenerator(m -> m == null ? getTranslation("themes.filter.meeting.all")
                : FigureWords.meetingType(this, m));
        allowAll(meeting, "themes.filter.meeting.all");
        meeting.addClassName("fv-themes-meeting");
        trend.setLabel(getTranslation("themes.filter.trend"));
        trend.setItems(Granularity.values());
        trend.setItemLabelGenerator(g -> getTranslation("themes.filter.trend." + g.name()));

        period.addValueChangeListener(e -> changed(() -> periodChosen(e.getValue())));
        from.addValueChangeListener(e -> changed(this::datesChosen));
        to.addValueChangeListener(e -> changed(this::datesChosen));
        team.addValueChangeListener(e -> changed(() -> current.withTeam(e.getValue() == null ? null : e.getValue().id())));
        source.addValueChangeListener(e -> changed(() -> current.withSource(e.getValue())));
        meeting.addValueChangeListener(e -> changed(() -> current.withMeetingType(e.getValue())));
        trend.addValueChangeListener(e -> changed(() -> current.withGranularity(e.getValue())));

        add(period, from, to, team, source, meeting, trend);
        show(initial);
    }

    private static <T> void allowAll(Select<T> select, String allKey) {
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(select.getTranslation(allKey));
    }

    /** Shows these choices (from the address) without treating that as a change. */
    void show(DashboardQuery q) {
        showing = true;
        try {
            current = q;
            period.setValue(q.period());
            from.setValue(q.from());
            to.setValue(q.to());
            team.setValue(teams.stream().filter(t -> t.id().equals(q.team())).findFirst().orElse(null));
            source.setValue(q.source());
            meeting.setValue(q.meetingType());
            trend.setValue(q.trendBy());
            boolean custom = q.period() == Period.CUSTOM;
            from.setVisible(custom);
            to.setVisible(custom);
            clearErrors();
        } finally {
            showing = false;
        }
    }

    private interface Change {
        @Nullable DashboardQuery apply();
    }

    private void changed(Change change) {
        if (showing) {
            return;
        }
        DashboardQuery next;
        try {
            next = change.apply();
        } catch (UserFacingException e) {
            to.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            to.setInvalid(true);
            return;
        }
        if (next != null && !next.equals(current)) {
            clearErrors();
            current = next;
            onChange.accept(next);
        }
    }

    private @Nullable DashboardQuery periodChosen(@Nullable Period chosen) {
        Period p = chosen == null ? DashboardQuery.DEFAULT_PERIOD : chosen;
        boolean custom = p == Period.CUSTOM;
        from.setVisible(custom);
        to.setVisible(custom);
        if (custom) {
            // the dates shown so far become the custom period's, ready to change
            return current.withPeriod(Period.CUSTOM, current.from(), current.to());
        }
        LocalDate day = today.get();
        return current.withPeriod(p, p.start(day), day);
    }

    private @Nullable DashboardQuery datesChosen() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        from.setInvalid(false);
        to.setInvalid(false);
        if (start == null || end == null) {
            DatePicker missing = start == null ? from : to;
            missing.setErrorMessage(getTranslation("themes.filter.date-missing"));
            missing.setInvalid(true);
            return null;
        }
        return current.withPeriod(Period.CUSTOM, start, end);
    }

    private void clearErrors() {
        from.setInvalid(false);
        to.setInvalid(false);
        from.setErrorMessage(null);
        to.setErrorMessage(null);
    }

}

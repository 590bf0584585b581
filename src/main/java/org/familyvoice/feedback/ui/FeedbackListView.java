package org.familyvoice.feedback.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.accounts.AccountService;
import org.familyvoice.accounts.Team;
import org.familyvoice.base.Roles;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.feedback.FeedbackFilter;
import org.familyvoice.feedback.FeedbackService;
import org.familyvoice.feedback.FeedbackSource;
import org.familyvoice.feedback.FeedbackStatus;
import org.familyvoice.feedback.FeedbackSummary;
import org.familyvoice.feedback.RatingBand;

import java.util.List;

/**
 * Practitioners' and managers' feedback list: what families said about them and their team, newest first.
 * The list shows no free text (listing is not reading); opening one shows its words.
 */
@Route("feedback")
@RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
@Menu(order = 2, icon = "vaadin:comments-o", title = "menu.feedback")
class FeedbackListView extends Main implements HasDynamicTitle {

    /** Below this window width (px) the less important columns are hidden. */
    private static final int NARROW = 640;

    private final FeedbackService feedback;
    private final Grid<FeedbackSummary> grid = new Grid<>();
    private final DatePicker from;
    private final DatePicker to;
    private final ComboBox<Team> team = new ComboBox<>();
    private final ComboBox<FeedbackSource> source = new ComboBox<>();
    private final ComboBox<RatingBand> rating = new ComboBox<>();
    private final ComboBox<FeedbackStatus> status = new ComboBox<>();
    private List<Grid.Column<FeedbackSummary>> secondaryColumns = List.of();
    private Registration resize;

    FeedbackListView(FeedbackService feedback, AccountService accounts) {
        this.feedback = feedback;
        addClassName("fv-page");
        add(new H1(getTranslation("feedback-staff.title")));
        add(new Paragraph(getTranslation("feedback-staff.intro")));

        from = Parts.ukDatePicker(this, "feedback-staff.filter.from");
        to = Parts.ukDatePicker(this, "feedback-staff.filter.to");
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
        team.setLabel(getTranslation("feedback-staff.filter.team"));
        team.setItems(accounts.teams());
        team.setItemLabelGenerator(Team::name);
        source.setLabel(getTranslation("feedback-staff.filter.source"));
        source.setItems(FeedbackSource.values());
        source.setItemLabelGenerator(s -> getTranslation("feedback-staff.source." + s.name()));
        rating.setLabel(getTranslation("feedback-staff.filter.rating"));
        rating.setItems(RatingBand.values());
        rating.setItemLabelGenerator(b -> getTranslation("feedback-staff.band." + b.name()));
        status.setLabel(getTranslation("feedback-staff.filter.status"));
        status.setItems(FeedbackStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("feedback-staff.status." + s.name()));
        for (var box : List.<ComboBox<?>>of(team, source, rating, status)) {
            box.setClearButtonVisible(true);
            box.setPlaceholder(getTranslation("feedback-staff.filter.any"));
            box.addValueChangeListener(e -> refresh());
        }
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        var clear = new Button(getTranslation("feedback-staff.filter.clear"), e -> clearFilters());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var filters = new Div(from, to, team, source, rating, status, clear);
        filters.addClassName("fv-inline-form");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", getTranslation("feedback-staff.filters"));
        add(filters);

        configureGrid();
        add(grid);
        setHeightFull();
    }

    private void configureGrid() {
        grid.addColumn(f -> Formats.date(f.submittedAt())).setHeader(getTranslation("feedback-staff.received"))
                .setKey("received").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::reference).setHeader(getTranslation("feedback-staff.reference"))
                .setKey("reference").setAutoWidth(true).setFlexGrow(0);
        var fromColumn = grid.addColumn(f -> getTranslation("feedback-staff.source." + f.source().name()))
                .setHeader(getTranslation("feedback-staff.from")).setKey("from");
        var about = grid.addColumn(f -> getTranslation("feedback-staff.about." + f.about().name()))
                .setHeader(getTranslation("feedback-staff.about")).setKey("about");
        var family = grid.addColumn(f -> f.familyName() == null ? getTranslation("feedback-staff.anonymous")
                : f.familyName()).setHeader(getTranslation("feedback-staff.family")).setKey("family");
        var ratings = grid.addColumn(f -> getTranslation("feedback-staff.band."
                        + FeedbackWords.band(f.listened(), f.understood(), f.respected()).name()))
                .setHeader(getTranslation("feedback-staff.ratings")).setKey("ratings");
        grid.addColumn(f -> getTranslation("feedback-staff.status." + f.status().name()))
                .setHeader(getTranslation("feedback-staff.status")).setKey("status");
        grid.addComponentColumn(this::openButton).setHeader(getTranslation("feedback-staff.actions"))
                .setKey("open").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        secondaryColumns = List.of(fromColumn, about, family, ratings);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("feedback-staff.title"));
        grid.setEmptyStateText(getTranslation("feedback-staff.empty"));
        grid.setItems(q -> feedback.find(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> feedback.count(filter()));
        grid.setSizeFull();
    }

    private Component reference(FeedbackSummary f) {
        var cell = new Div(new Span(f.reference()));
        cell.addClassName("fv-actions");
        if (f.flagged()) {
            cell.add(Parts.badge(this, "feedback-staff.flagged", "fv-badge-alert"));
        }
        return cell;
    }

    private Button openButton(FeedbackSummary f) {
        var open = new Button(getTranslation("feedback-staff.open"), e -> getUI().ifPresent(ui -> ui.navigate(
                FeedbackDetailView.class, new RouteParameters("feedbackId", f.id().toString()))));
        open.setAriaLabel(getTranslation("feedback-staff.open.aria", f.reference()));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return open;
    }

    FeedbackFilter filter() {
        return new FeedbackFilter(from.getValue(), to.getValue(), team.getValue() == null ? null : team.getValue().id(),
                source.getValue(), rating.getValue(), status.getValue());
    }

    private void clearFilters() {
        from.clear();
        to.clear();
        team.clear();
        source.clear();
        rating.clear();
        status.clear();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** On a phone the list keeps date, reference, status and the Open button; the details are one tap away. */
    private void fitTo(int width) {
        secondaryColumns.forEach(c -> c.setVisible(width <= 0 || width >= NARROW));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        var page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fitTo(details.getWindowInnerWidth()));
        resize = page.addBrowserWindowResizeListener(e -> fitTo(e.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resize != null) {
            resize.remove();
            resize = null;
        }
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback-staff.title") + " | " + getTranslation("app.name");
    }
}

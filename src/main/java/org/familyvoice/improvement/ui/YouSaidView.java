package org.familyvoice.improvement.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
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
import org.familyvoice.base.Roles;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.improvement.YouSaidEntry;
import org.familyvoice.improvement.YouSaidService;
import org.jspecify.annotations.Nullable;

/**
 * Managers' list of "You said, we did" entries, drafts and published, newest "when" first, a page at a time from the
 * database; each opens in {@link YouSaidEditView}.
 */
@Route("you-said-we-did/manage")
@RolesAllowed(Roles.MANAGER)
@Menu(order = 8, icon = "vaadin:megaphone", title = "menu.you-said-manage")
class YouSaidView extends Main implements HasDynamicTitle {

    private static final int SHORT = 120;
    /** Below this window width (px) the number of linked words is left out; the entry shows it. */
    private static final int NARROW = 640;

    private final Grid.Column<YouSaidEntry> items;
    private @Nullable Registration resize;

    YouSaidView(YouSaidService service) {
        addClassName("fv-page");
        add(new H1(getTranslation("you-said.manage.title")), new Paragraph(getTranslation("you-said.manage.intro")));
        var create = new Button(getTranslation("you-said.manage.new"), e -> open("new"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var publicPage = new Anchor(YouSaidService.PUBLIC_ROUTE, getTranslation("you-said.manage.public-link"));
        var actions = new Div(create, publicPage);
        actions.addClassName("fv-actions");
        add(actions);

        var grid = new Grid<YouSaidEntry>();
        grid.addColumn(e -> Formats.date(e.doneOn())).setHeader(getTranslation("you-said.manage.column.when"))
                .setKey("when").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::summary).setHeader(getTranslation("you-said.manage.column.heard"))
                .setKey("heard").setFlexGrow(1);
        items = grid.addColumn(e -> e.itemIds().size()).setHeader(getTranslation("you-said.manage.column.items"))
                .setKey("items").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> {
            var open = new Button(getTranslation("you-said.manage.open"), click -> open(Long.toString(e.id())));
            open.setAriaLabel(getTranslation("you-said.manage.open.label", Formats.date(e.doneOn())));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return open;
        }).setHeader(getTranslation("you-said.manage.column.open")).setKey("open").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("you-said.manage.title"));
        grid.setEmptyStateText(getTranslation("you-said.manage.empty"));
        grid.setItems(q -> service.entries(q.getOffset(), q.getLimit()).stream(), q -> service.countEntries());
        grid.setAllRowsVisible(false);
        grid.addClassName("fv-you-said-grid");
        add(grid);
    }

    /** Its status first (a badge), then the start of what we heard. */
    private Div summary(YouSaidEntry e) {
        var badge = new Span(getTranslation(status(e)));
        badge.addClassName("fv-badge");
        var words = new Span(shortText(e.heard()));
        var cell = new Div(badge, words);
        cell.addClassName("fv-you-said-summary");
        return cell;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        var page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> items.setVisible(details.getWindowInnerWidth() >= NARROW));
        resize = page.addBrowserWindowResizeListener(e -> items.setVisible(e.getWidth() >= NARROW));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resize != null) {
            resize.remove();
            resize = null;
        }
        super.onDetach(event);
    }

    static String status(YouSaidEntry e) {
        if (e.published()) {
            return "you-said.manage.status.published";
        }
        return e.everPublished() ? "you-said.manage.status.unpublished" : "you-said.manage.status.draft";
    }

    private static String shortText(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() > SHORT ? oneLine.substring(0, SHORT) + "…" : oneLine;
    }

    private void open(String entry) {
        getUI().ifPresent(ui -> ui.navigate(YouSaidEditView.class, new RouteParameters("entry", entry)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("you-said.manage.title") + " | " + getTranslation("app.name");
    }
}

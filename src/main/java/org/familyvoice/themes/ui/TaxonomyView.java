package org.familyvoice.themes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.base.Roles;
import org.familyvoice.themes.TaxonomyService;
import org.familyvoice.themes.TaxonomyTheme;

import java.util.stream.Collectors;

/**
 * The theme taxonomy, for administrators and managers: every theme (in use first), the improvement areas it speaks
 * to, how many keywords and phrases signal it; a new theme, and changing one. A change tags the next texts saved.
 */
@Route("theme-taxonomy")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
@Menu(order = 7, icon = "vaadin:tags", title = "menu.taxonomy")
class TaxonomyView extends Main implements HasDynamicTitle {

    private final TaxonomyService taxonomy;
    private final Grid<TaxonomyTheme> grid = new Grid<>();

    TaxonomyView(TaxonomyService taxonomy) {
        this.taxonomy = taxonomy;
        addClassName("fv-page");
        var create = new Button(getTranslation("taxonomy.new"), e -> ThemeDialog.create(taxonomy, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new Div(new H1(getTranslation("taxonomy.title")), create);
        header.addClassName("fv-page-header");
        add(header, new Paragraph(getTranslation("taxonomy.intro")));

        grid.addColumn(TaxonomyTheme::name).setHeader(getTranslation("taxonomy.col.name")).setFlexGrow(2);
        grid.addColumn(t -> t.areas().stream().map(TaxonomyTheme.MappedArea::name).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("taxonomy.col.areas")).setFlexGrow(2);
        grid.addColumn(t -> getTranslation("taxonomy.terms", t.keywords().size(), t.phrases().size()))
                .setHeader(getTranslation("taxonomy.col.terms")).setFlexGrow(1);
        grid.addColumn(t -> getTranslation(t.active() ? "taxonomy.active" : "taxonomy.inactive"))
                .setHeader(getTranslation("taxonomy.col.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(t -> {
            var edit = new Button(getTranslation("taxonomy.edit"),
                    e -> ThemeDialog.edit(taxonomy, taxonomy.theme(t.id()), this::refresh).open());
            edit.setAriaLabel(getTranslation("taxonomy.edit.aria", t.name()));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return edit;
        }).setHeader(getTranslation("taxonomy.col.change")).setKey("edit").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("taxonomy.title"));
        grid.setEmptyStateText(getTranslation("taxonomy.none"));
        grid.setItems(q -> taxonomy.themes(q.getOffset(), q.getLimit()).stream(), q -> taxonomy.countThemes());
        grid.setHeight("32rem");
        add(grid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("taxonomy.title") + " | " + getTranslation("app.name");
    }
}

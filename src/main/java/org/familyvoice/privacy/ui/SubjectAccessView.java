package org.familyvoice.privacy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.familyvoice.base.Roles;
import org.familyvoice.privacy.Person;
import org.familyvoice.privacy.PersonRef;
import org.familyvoice.privacy.SubjectAccessService;

import java.io.OutputStream;

/**
 * Administrators answer a subject access request: find the person by name or username, download their ZIP. The
 * service decides what is in it and records every download.
 */
@Route("admin/subject-access")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 25, icon = "vaadin:download", title = "menu.subject-access")
class SubjectAccessView extends Main implements HasDynamicTitle {

    private final SubjectAccessService subjects;
    private final TextField search = new TextField();
    private final Grid<Person> grid = new Grid<>();

    SubjectAccessView(SubjectAccessService subjects) {
        this.subjects = subjects;
        addClassName("fv-page");
        search.setLabel(getTranslation("subject-access.search"));
        search.setHelperText(getTranslation("subject-access.search.help"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setMaxLength(120);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(Person::name).setHeader(getTranslation("subject-access.name")).setAutoWidth(true);
        grid.addColumn(p -> p.username() == null ? getTranslation("subject-access.no-account") : p.username())
                .setHeader(getTranslation("subject-access.username"));
        grid.addColumn(p -> getTranslation((p.ref().userId() == null ? "member-type." : "role.") + p.role()))
                .setHeader(getTranslation("subject-access.role"));
        grid.addColumn(p -> p.familyName() == null ? "" : p.familyName())
                .setHeader(getTranslation("subject-access.family"));
        grid.addComponentColumn(this::download).setKey("download").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("subject-access.results"));
        grid.setItems(query -> subjects.find(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> subjects.count(search.getValue()));
        grid.setSizeFull();

        add(new H1(getTranslation("subject-access.title")), new Paragraph(getTranslation("subject-access.intro")),
                search, grid);
        setHeightFull();
    }

    private Anchor download(Person person) {
        PersonRef ref = person.ref();
        DownloadHandler zip = event -> {
            event.setFileName(subjects.fileName(ref));
            event.setContentType("application/zip");
            try (OutputStream out = event.getOutputStream()) {
                subjects.export(ref, out);
            }
        };
        var link = new Anchor(zip, getTranslation("subject-access.download"));
        link.setAriaLabel(getTranslation("subject-access.download.aria", person.name()));
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("subject-access.title") + " | " + getTranslation("app.name");
    }
}

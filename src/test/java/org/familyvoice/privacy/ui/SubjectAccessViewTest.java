package org.familyvoice.privacy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.privacy.Person;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.DownloadKt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's subject access page: find a person, a download link for each; nobody else reaches it. */
class SubjectAccessViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorFindsAPersonAndGetsTheirDownload() {
        login(SignIn.ADMIN);
        UI.getCurrent().navigate("admin/subject-access");
        assertThat(_get(H1.class).getText()).isEqualTo("Subject access export");
        Grid<Person> grid = _get(Grid.class);
        assertThat(_findAll(grid)).as("nothing before a search").isEmpty();

        _setValue(_get(TextField.class, spec -> spec.withLabel("Find a person")), "Harper");
        List<Person> found = _findAll(grid);
        assertThat(found).extracting(Person::name).contains("Leanne Harper", "Kai Harper", "Tom Harper")
                .doesNotContain("Marta Novak");
        int tom = found.stream().map(Person::name).toList().indexOf("Tom Harper");
        Anchor link = (Anchor) _getCellComponent(grid, tom, "download");
        assertThat(link.getText()).isEqualTo("Download (ZIP)");
        assertThat(link.getElement().getAttribute("aria-label")).isEqualTo("Download everything held about Tom Harper");
        assertThat(link.getHref()).isNotBlank();

        // the link downloads the person's ZIP, as the browser would (a grid cell's link is attached in a browser)
        UI.getCurrent().add(link);
        byte[] zip = DownloadKt._download(link);
        String json = null;
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("person.json")) {
                    json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(json).contains("\"name\":\"Tom Harper\"");
    }

    @Test
    void nobodyButAnAdministratorReachesThePage() {
        for (String who : List.of(SignIn.PARENT_HARPER, SignIn.PRACTITIONER_NORTH, SignIn.MANAGER_NORTH)) {
            login(who);
            UI.getCurrent().navigate("admin/subject-access");
            assertThat(_find(H1.class, spec -> spec.withText("Subject access export"))).as(who).isEmpty();
        }
    }
}

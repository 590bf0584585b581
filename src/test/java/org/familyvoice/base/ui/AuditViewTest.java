package org.familyvoice.base.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditEvent;
import org.familyvoice.base.audit.AuditFilter;
import org.familyvoice.base.audit.AuditLog;
import org.mockito.AdditionalAnswers;
import org.mockito.Mockito;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.intThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.assertj.core.api.Assertions.assertThat;

class AuditViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void theAdministratorSeesARefusedAccessInTheAuditTrail() {
        login(SignIn.PARENT_NOVAK);
        UI.getCurrent().navigate("my-family");
        try {
            ctx.getBean(org.familyvoice.accounts.AccountService.class).countStaff();
        } catch (org.springframework.security.access.AccessDeniedException expected) {
            // recorded, not shown
        }
        SignIn.out();
        login(SignIn.ADMIN);
        UI.getCurrent().navigate("admin/audit");
        Grid<AuditEvent> grid = _get(Grid.class);
        assertThat(_findAll(grid)).first().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ACCESS_DENIED);
            assertThat(e.actor()).isEqualTo(SignIn.PARENT_NOVAK);
        });
        assertThat(_getFormattedRow(grid, 0)).contains("parent.novak", "Access refused", "AccountService.countStaff");
    }

    private void recordAs(String actor, AuditAction action, String target, int times) {
        var audit = ctx.getBean(AuditLog.class);
        for (int i = 0; i < times; i++) {
            audit.recordAs(actor, action, target, "karibu " + i);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFiltersNarrowTheRows() {
        recordAs("filter.one", AuditAction.FAMILY_VIEWED, "family:910001", 3);
        recordAs("filter.one", AuditAction.FEEDBACK_VIEWED, "family:910002", 2);
        recordAs("filter.two", AuditAction.FAMILY_VIEWED, "family:910001", 4);
        login(SignIn.ADMIN);
        UI.getCurrent().navigate("admin/audit");
        Grid<AuditEvent> grid = _get(Grid.class);
        int everything = _size(grid);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Person")), "filter.one");
        assertThat(_size(grid)).isEqualTo(5);
        assertThat(_findAll(grid)).allSatisfy(e -> assertThat(e.actor()).isEqualTo("filter.one"));

        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Family number")), 910001);
        assertThat(_size(grid)).isEqualTo(3);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Person")), "");
        assertThat(_size(grid)).isEqualTo(7);
        assertThat(_getFormattedRow(grid, 0)).contains("filter.two", "Family record opened", "910001");

        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Family number")), null);
        ComboBox<AuditAction> action = _get(ComboBox.class, spec -> spec.withLabel("What happened"));
        _setValue(action, AuditAction.FEEDBACK_VIEWED);
        assertThat(_findAll(grid)).isNotEmpty().allSatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.FEEDBACK_VIEWED));
        _setValue(action, null);
        assertThat(_size(grid)).isGreaterThanOrEqualTo(everything);
    }

    @Test
    void onlyAdministratorsReachTheAuditTrail() {
        for (String who : new String[] {SignIn.MANAGER_NORTH, SignIn.PRACTITIONER_NORTH, SignIn.PARENT_HARPER}) {
            login(who);
            UI.getCurrent().navigate("admin/audit");
            assertThat(_find(Grid.class)).as(who).isEmpty();
            assertThat(_find(H1.class, spec -> spec.withText("Page not found"))).as(who).isNotEmpty();
            SignIn.out();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGridAsksTheDatabaseForAPageNotTheWholeTrail() {
        recordAs("paging.test", AuditAction.LOGIN_SUCCEEDED, null, 250);
        login(SignIn.ADMIN);
        AuditLog real = ctx.getBean(AuditLog.class);
        AuditLog watched = Mockito.mock(AuditLog.class, AdditionalAnswers.delegatesTo(real));
        var view = new AuditView(watched);
        UI.getCurrent().add(view);
        _setValue(_get(view, TextField.class, spec -> spec.withLabel("Person")), "paging.test");
        Grid<AuditEvent> grid = _get(view, Grid.class);
        grid.getDataCommunicator().setViewportRange(0, 50); // what the browser asks for when it shows the grid
        MockVaadin.clientRoundtrip(false);

        verify(watched, atLeastOnce()).count(any(AuditFilter.class));
        verify(watched, atLeastOnce()).find(any(AuditFilter.class), eq(0L), intThat(limit -> limit <= 100));
        verify(watched, never()).find(any(AuditFilter.class), anyLong(), intThat(limit -> limit >= 250));
        assertThat(grid.getDataCommunicator().getItemCount()).isEqualTo(250);
    }
}

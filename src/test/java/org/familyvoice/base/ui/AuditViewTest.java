package org.familyvoice.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditEvent;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
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
}

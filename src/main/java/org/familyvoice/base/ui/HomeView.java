package org.familyvoice.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.familyvoice.base.Roles;
import org.familyvoice.base.security.CurrentUser;

/** The address everyone lands on after signing in: sends each role to the page that is home for it. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    /** Each role's home page. */
    public static String homeOf(String role) {
        return switch (role) {
            case Roles.PARENT, Roles.YOUNG_PERSON -> "my-family";
            case Roles.PRACTITIONER, Roles.MANAGER -> "families";
            case Roles.ADMIN -> "admin/staff";
            default -> "login";
        };
    }

    private final CurrentUser currentUser;

    HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(homeOf(currentUser.require().role()));
    }
}

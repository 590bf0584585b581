package org.familyvoice.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.familyvoice.base.security.CurrentUser;
import org.familyvoice.base.security.FamilyVoiceUser;
import org.familyvoice.notifications.NotificationService;
import org.familyvoice.notifications.ui.NotificationBell;

/**
 * The frame around every signed-in page: the portal's name, a side menu built from {@code @Menu} and
 * filtered to what the person's role may open, who is signed in, and sign out. On a phone the menu
 * folds into the toggle button.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements BeforeEnterObserver, AfterNavigationObserver {

    /** Where someone with a temporary password is sent until they choose their own. */
    public static final String CHANGE_PASSWORD_ROUTE = "account/password";

    private final CurrentUser currentUser;
    private final Span viewTitle = new Span();
    private final NotificationBell bell;

    MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext, NotificationService notifications) {
        this.currentUser = currentUser;
        FamilyVoiceUser user = currentUser.require();
        setPrimarySection(Section.DRAWER);

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu-toggle"));
        viewTitle.setText(getTranslation("app.name"));
        viewTitle.addClassName("fv-view-title");
        var who = new Span(getTranslation("layout.signed-in-as", user.displayName(),
                getTranslation("role." + user.role())));
        who.addClassName("fv-who");
        var logout = new Button(getTranslation("layout.logout"), e -> authenticationContext.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell = new NotificationBell(notifications, user.id());
        var navbarEnd = new Div(bell, bell.announcer(), who, logout);
        navbarEnd.addClassName("fv-navbar-end");
        addToNavbar(true, toggle, viewTitle, navbarEnd);

        var appName = new Span(getTranslation("layout.drawer-title"));
        appName.addClassName("fv-app-name");
        var nav = createSideNav();
        nav.setLabel(getTranslation("layout.menu"));
        var footer = new Footer(new Span(getTranslation("layout.emergency")));
        footer.addClassName("fv-drawer-footer");
        addToDrawer(new Div(appName), new Scroller(nav), footer);
    }

    private SideNav createSideNav() {
        var nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(createItem(entry)));
        return nav;
    }

    private SideNavItem createItem(MenuEntry entry) {
        String title = getTranslation(entry.title());
        return entry.icon() == null ? new SideNavItem(title, entry.path())
                : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.require().mustChangePassword()
                && !CHANGE_PASSWORD_ROUTE.equals(event.getLocation().getPath())) {
            event.forwardTo(CHANGE_PASSWORD_ROUTE);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        bell.refresh();
    }

}

package org.familyvoice;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import org.familyvoice.base.security.FamilyVoiceUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import java.util.Locale;

/**
 * Browserless UI tests: the real views, services and database, driven through Vaadin's router as a
 * signed-in person. Karibu has no servlet filters, so signing in puts the principal both into Spring
 * Security's context and onto the fake request that Vaadin's view access checks read.
 */
@IntegrationTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext ctx;
    @Autowired
    protected SignIn signIn;

    @BeforeAll
    static void discoverRoutes() {
        Locale.setDefault(Locale.UK);
        routes = new Routes().autoDiscoverViews("org.familyvoice");
        // Karibu finds public views only; our views are package-private, so add every @Route class too.
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (var candidate : scanner.findCandidateComponents("org.familyvoice")) {
            try {
                routes.getRoutes().add(Class.forName(candidate.getBeanClassName()).asSubclass(Component.class));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, ctx, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        SignIn.out();
        MockVaadin.tearDown();
    }

    /** Signs in as a demo (or test-made) account, as the login form would. */
    protected FamilyVoiceUser login(String username) {
        FamilyVoiceUser user = signIn.as(username);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        // as Spring Security's request wrapper does: a role is an authority "ROLE_x" (so ROLE_DUTY counts too)
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority())));
        return user;
    }
}

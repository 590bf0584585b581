package org.familyvoice.base.security;

import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;

/**
 * Vaadin's navigation check for a sign-in whose second step is pending: every view but the two-step page (and the
 * sign-in page) is refused, whatever its annotation says, so {@code @PermitAll} pages stay shut too. For everyone
 * else it abstains and the annotation check decides as before.
 */
final class SecondFactorNavigationChecker implements NavigationAccessChecker {

    /** The routes a pending sign-in may open. */
    static final Set<String> OPEN_ROUTES = Set.of(SecondFactorRoutes.TWO_STEP, "login");

    @Override
    public AccessCheckResult check(NavigationContext context) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending)) {
            return context.neutral();
        }
        String path = context.getLocation().getPath();
        return OPEN_ROUTES.contains(path) ? context.neutral() : context.deny("second sign-in step pending");
    }
}

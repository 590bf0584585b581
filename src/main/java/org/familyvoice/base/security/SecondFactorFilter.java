package org.familyvoice.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * In the security filter chain, before the authorisation check: a browser that asks for any page while its
 * sign-in waits for the second step is sent to the two-step page. Everything else such a session asks for goes on
 * to the authorisation check, which refuses all but what is open to anyone, because a pending sign-in is not
 * authenticated.
 */
final class SecondFactorFilter extends OncePerRequestFilter {

    private static final Set<String> OPEN_PATHS = Set.of("/" + SecondFactorRoutes.TWO_STEP, "/login", "/logout",
            "/error");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending
                && "GET".equals(request.getMethod()) && request.getParameter("v-r") == null
                && !OPEN_PATHS.contains(request.getRequestURI().substring(request.getContextPath().length()))
                && !isStatic(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.sendRedirect(request.getContextPath() + "/" + SecondFactorRoutes.TWO_STEP);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/VAADIN/") || path.startsWith("/images/") || path.equals("/styles.css")
                || path.startsWith("/icons/") || path.startsWith("/favicon") || path.startsWith("/actuator/health");
    }
}

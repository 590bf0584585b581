package org.familyvoice.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The first filter of every request: gives it a reference ({@link RequestIds}), sends it back in
 * {@value RequestIds#HEADER} and keeps it in the logging context while the request runs, so that a reference
 * someone quotes from an error page finds the lines logged for their request. The error page's own dispatch keeps
 * the same reference. An exception that escapes everything else is logged here, once, with the reference, and
 * answered with the calm error page rather than passed on to the server (which would log it without one).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestIdFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = request.getAttribute(RequestIds.ATTRIBUTE) instanceof String earlier ? earlier : RequestIds.next();
        request.setAttribute(RequestIds.ATTRIBUTE, id);
        if (!response.isCommitted()) {
            response.setHeader(RequestIds.HEADER, id);
        }
        MDC.put(RequestIds.MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            log.error("Unexpected error answering {} {} (reference {})", request.getMethod(), request.getRequestURI().replaceFirst(";.*", ""),
                    id, e);
            if (response.isCommitted()) {
                throw e;
            }
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    /** The error page is dispatched after this filter has finished: it runs again there, with the same reference. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}

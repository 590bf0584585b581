package org.familyvoice.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * No browser, proxy or shared computer keeps a copy of anything but the portal's own static files: every page,
 * every Vaadin request (UIDL, init, push, downloads such as agenda PDFs and evidence packs) and every error is sent
 * with {@code Cache-Control: no-cache, no-store, max-age=0, must-revalidate}.
 * <p>
 * Spring Security's own cache-control header is not enough here: it is written only when nothing else set one and
 * the response is not yet committed, and Vaadin both sets {@code no-cache} (without {@code no-store}) on its UIDL
 * responses and sends its page shell before Spring Security's header writer runs (measured on the production jar:
 * the shell of every page went out with no Cache-Control at all). So this filter sets the header first and keeps
 * it: later attempts to set caching headers on such a response are ignored. Static files (hashed bundle, push
 * script, styles, images) keep the caching their handlers give them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class NoStoreFilter extends OncePerRequestFilter {

    static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

    /** Files that hold no personal data and are the same for everyone. */
    private static final List<String> STATIC_PREFIXES = List.of("/VAADIN/build/", "/VAADIN/static/", "/images/",
            "/lumo/", "/icons/");
    private static final List<String> STATIC_FILES = List.of("/styles.css", "/favicon.ico");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isStatic(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", NO_STORE);
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Expires", "0");
        chain.doFilter(request, new KeepNoStore(response));
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    static boolean isStatic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC_FILES.contains(path) || STATIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    /** Ignores any later caching header, so the no-store set above is what is sent. */
    private static final class KeepNoStore extends HttpServletResponseWrapper {

        KeepNoStore(HttpServletResponse response) {
            super(response);
        }

        private static boolean caching(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            return n.equals("cache-control") || n.equals("expires") || n.equals("pragma") || n.equals("last-modified")
                    || n.equals("etag");
        }

        @Override
        public void setHeader(String name, String value) {
            if (!caching(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!caching(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!caching(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!caching(name)) {
                super.addDateHeader(name, date);
            }
        }
    }
}

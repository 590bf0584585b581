package org.familyvoice.base.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The page a browser gets when a request fails outside Vaadin's own pages (a request the firewall refuses, an
 * error in a download, an address no handler knows): the same calm words as the portal's own error page, the
 * reference to quote, and a link home. It never shows the status text, the exception, its message or a stack
 * trace ({@code server.error.include-*} are "never" as well, for clients that ask for JSON). The words come from
 * the portal's translations, as in its pages.
 */
@Component
class ErrorPage implements ErrorViewResolver {

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.UK);

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String reference = request.getAttribute(RequestIds.ATTRIBUTE) instanceof String id ? id
                : RequestIds.currentOrNew();
        // Refused (403) reads and answers as "not found", as the portal's own pages do: it does not confirm that
        // the address exists.
        boolean notFound = status == HttpStatus.FORBIDDEN || status == HttpStatus.NOT_FOUND;
        Kind kind = notFound ? Kind.NOT_FOUND : status.is4xxClientError() ? Kind.REQUEST : Kind.SERVER;
        var page = new ModelAndView(new Html(kind, reference));
        page.setStatus(notFound ? HttpStatus.NOT_FOUND : status);
        return page;
    }

    enum Kind {
        NOT_FOUND("notfound.title", "notfound.text"),
        REQUEST("error.request.title", "error.request.text"),
        SERVER("error.title", "error.page.text");

        final String title;
        final String text;

        Kind(String title, String text) {
            this.title = title;
            this.text = text;
        }
    }

    /** This page needs nothing but the portal's style sheet: a policy stricter than the portal's own. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private record Html(Kind kind, String reference) implements View {

        @Override
        public String getContentType() {
            return MediaType.TEXT_HTML_VALUE;
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws java.io.IOException {
            String title = word(kind.title);
            String text = word(kind.text);
            String html = "<!doctype html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<title>" + escape(title + " | " + word("app.name")) + "</title>"
                    + "<link rel=\"stylesheet\" href=\"" + escape(request.getContextPath()) + "/styles.css\"></head>"
                    + "<body><main class=\"fv-page\"><h1>" + escape(title) + "</h1>"
                    + "<p>" + escape(text) + "</p>"
                    + "<p>" + escape(word("error.reference")) + " <strong class=\"fv-reference\">"
                    + escape(reference) + "</strong></p>"
                    + "<p>" + escape(word("layout.emergency")) + "</p>"
                    + "<p><a href=\"" + escape(request.getContextPath()) + "/\">" + escape(word("notfound.home"))
                    + "</a></p></main></body></html>\n";
            byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/html;charset=UTF-8");
            // also when the request never reached Spring Security's header writer (a request its firewall refused)
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "same-origin");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }

        private static String word(String key) {
            return WORDS.getString(key);
        }

        private static String escape(String text) {
            return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
        }
    }
}

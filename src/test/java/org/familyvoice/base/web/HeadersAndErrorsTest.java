package org.familyvoice.base.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every response carries, over real HTTP: the security headers on the pages themselves (Vaadin's page shell,
 * which before this test went out without any), no-store on everything with personal data, caching and compression
 * for static files, the reference in X-Request-Id and in the log, and a calm error page without internals.
 */
@HttpTest
@ExtendWith(OutputCaptureExtension.class)
@Import(HeadersAndErrorsTest.FailingEndpoint.class)
class HeadersAndErrorsTest {

    /** A secret that only the exception knows: it must never reach the person. */
    static final String SECRET = "connection to db-7 refused for user fv_admin";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theSignInPageItselfCarriesEverySecurityHeader() throws Exception {
        var page = get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Content-Security-Policy")).contains("frame-ancestors 'none'", "object-src 'none'",
                "default-src 'self'", "base-uri 'self'", "form-action 'self'");
        assertThat(header(page, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(page, "Referrer-Policy")).isEqualTo("same-origin");
        assertThat(header(page, "Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(header(page, "Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
        assertThat(header(page, "Cache-Control")).contains("no-store");
        // HSTS is for the production profile over HTTPS (ProductionHeadersTest); never on plain HTTP
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void everyScriptOfThePageCarriesThisResponsesNonceAndEachResponseHasItsOwn() throws Exception {
        var first = get("/login");
        var second = get("/login");

        var nonce = java.util.regex.Pattern.compile("'nonce-([A-Za-z0-9+/=]{22,})'");
        var m1 = nonce.matcher(header(first, "Content-Security-Policy"));
        var m2 = nonce.matcher(header(second, "Content-Security-Policy"));
        assertThat(m1.find()).as("a nonce in the policy").isTrue();
        assertThat(m2.find()).isTrue();
        assertThat(m1.group(1)).isNotEqualTo(m2.group(1));

        var scripts = org.jsoup.Jsoup.parse(first.body()).getElementsByTag("script");
        assertThat(scripts).as("the page shell's scripts").isNotEmpty();
        assertThat(scripts).allSatisfy(script -> assertThat(script.attr("nonce")).isEqualTo(m1.group(1)));
    }

    @Test
    void hstsIsNotSentWhenItIsNotConfiguredEvenIfAProxySaysHttps() throws Exception {
        var page = send(HttpRequest.newBuilder(url("/login")).header("X-Forwarded-Proto", "https").GET());

        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void vaadinRequestsWithPersonalDataAreNeverStored() throws Exception {
        var init = get("/?v-r=init&location=login&query=");
        var uidl = send(HttpRequest.newBuilder(url("/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0,\"clientId\":0}")));

        assertThat(header(init, "Cache-Control")).contains("no-store");
        assertThat(header(uidl, "Cache-Control")).contains("no-store");
        assertThat(header(uidl, "Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void staticFilesAreCachedAndCompressed() throws Exception {
        var css = send(HttpRequest.newBuilder(url("/styles.css")).header("Accept-Encoding", "gzip").GET());

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(header(css, "Content-Encoding")).isEqualTo("gzip");
        // the production jar sends max-age=3600; development mode revalidates ("no-cache"): neither forbids storing
        assertThat(header(css, "Cache-Control")).doesNotContain("no-store");
        assertThat(header(css, "Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void pagesAreNotCompressed() throws Exception {
        var page = send(HttpRequest.newBuilder(url("/login")).header("Accept-Encoding", "gzip").GET());

        assertThat(page.headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void everyResponseCarriesAQuotableReference() throws Exception {
        var first = get("/login");
        var second = get("/login");

        assertThat(RequestIds.isWellFormed(header(first, RequestIds.HEADER))).isTrue();
        assertThat(header(first, RequestIds.HEADER)).isNotEqualTo(header(second, RequestIds.HEADER));
    }

    @Test
    void aFailureShowsACalmPageWithTheReferenceThatIsInTheLog(CapturedOutput log) throws Exception {
        var page = send(HttpRequest.newBuilder(url("/images/test-failure")).header("Accept", "text/html").GET());

        String reference = header(page, RequestIds.HEADER);
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("Something went wrong", "tell us this reference", reference,
                "Go to your home page");
        assertThat(page.body()).doesNotContain("Exception", "at org.", SECRET, "db-7", "Whitelabel", "trace");
        assertThat(header(page, "Cache-Control")).contains("no-store");
        assertThat(header(page, "Content-Security-Policy")).contains("frame-ancestors 'none'");
        // support finds the failure, with its cause, from the reference the person reads out
        String logged = log.getOut();
        assertThat(logged).contains("[" + reference + "]", "reference " + reference, SECRET,
                "IllegalStateException");
    }

    @Test
    void aFailureAskedForAsJsonShowsNoInternalsEither() throws Exception {
        var reply = send(HttpRequest.newBuilder(url("/images/test-failure")).header("Accept", "application/json").GET());

        assertThat(reply.statusCode()).isEqualTo(500);
        assertThat(reply.body()).doesNotContain("Exception", "at org.", SECRET, "trace", "message");
    }

    @Test
    void aRequestTheFirewallRefusesGetsTheCalmPageNotTheSignInPage() throws Exception {
        var page = send(HttpRequest.newBuilder(url("/login/%2e%2e/admin")).header("Accept", "text/html").GET());

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("We could not do that", header(page, RequestIds.HEADER));
        assertThat(page.body()).doesNotContain("Exception", "Rejected", "firewall", "at org.");
        // this request never reached Spring Security's header writer: the page sets its own, stricter policy
        assertThat(header(page, "Content-Security-Policy")).contains("default-src 'none'", "frame-ancestors 'none'");
        assertThat(header(page, "Cache-Control")).contains("no-store");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(url(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name)
                .orElseThrow(() -> new AssertionError("no " + name + " in " + response.headers().map()));
    }

    /** Fails with a message that must stay on the server. Under /images/, which anyone may request. */
    @TestConfiguration
    static class FailingEndpoint {

        @Bean
        Failing failing() {
            return new Failing();
        }
    }

    @RestController
    static class Failing {

        @GetMapping("/images/test-failure")
        String fail() {
            throw new IllegalStateException(SECRET);
        }
    }
}

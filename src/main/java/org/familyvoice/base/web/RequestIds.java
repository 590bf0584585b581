package org.familyvoice.base.web;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

import org.familyvoice.base.ReadableCodes;

import java.util.regex.Pattern;

/**
 * The reference of one request, for people to quote and support to find in the logs: two groups of four characters
 * ("7KQ3-MXT9") from an alphabet without look-alikes (no 0/O, 1/I/L, U/V, 5/S), about 2.8 x 10^11 values, random so
 * it tells nothing about when or how often the portal was used. It is kept in the logging context ({@link #MDC_KEY})
 * while the request runs, so every line logged for the request carries it.
 */
public final class RequestIds {

    /** The logging (MDC) key; {@code logging.pattern.correlation} prints it on every line. */
    public static final String MDC_KEY = "requestId";
    /** The response header that carries the reference, for proxies, browsers' developer tools and tests. */
    public static final String HEADER = "X-Request-Id";
    /** The request attribute that keeps the reference for the error page, which runs after the request's filters. */
    static final String ATTRIBUTE = RequestIds.class.getName();

    static final String ALPHABET = ReadableCodes.ALPHABET;
    private static final Pattern FORMAT = Pattern.compile("[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");

    private RequestIds() {
    }

    static String next() {
        return ReadableCodes.random(8);
    }

    public static boolean isWellFormed(String reference) {
        return FORMAT.matcher(reference).matches();
    }

    /** The reference of the request this thread is answering, if any. */
    public static @Nullable String current() {
        return MDC.get(MDC_KEY);
    }

    /**
     * The current request's reference, or a new one for work outside a request (a background task): an error there
     * still needs a reference to log and to show.
     */
    public static String currentOrNew() {
        String current = current();
        return current != null ? current : next();
    }
}

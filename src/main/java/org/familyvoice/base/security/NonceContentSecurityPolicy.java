package org.familyvoice.base.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.header.HeaderWriter;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Only this portal's own scripts, styles, images and connections; no plug-ins, no framing, forms and the base address
 * only to this portal; its components set inline styles. The Content-Security-Policy of every response, with a fresh random nonce per request for the page's own scripts.
 * {@link ScriptNonces} puts the same nonce on every script element of Vaadin's page shell, so a browser that knows
 * nonces (all current ones) runs only those inline scripts and ignores {@code 'unsafe-inline'}, which stays only as
 * the fallback for browsers that do not. {@code 'unsafe-eval'} stays: Vaadin 25.2's client runs the JavaScript the
 * server sends (its own and {@code executeJs}) by building functions from text (docs/security/headers-and-errors.md).
 */
final class NonceContentSecurityPolicy implements HeaderWriter {

    /** The request attribute holding this request's nonce. */
    static final String NONCE_ATTRIBUTE = NonceContentSecurityPolicy.class.getName() + ".nonce";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader("Content-Security-Policy")) {
            response.setHeader("Content-Security-Policy", policy(nonceOf(request)));
        }
    }

    /** The policy for one nonce. */
    static String policy(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "' 'unsafe-inline' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /** This request's nonce, made on first use: 128 random bits, base64. */
    static String nonceOf(HttpServletRequest request) {
        Object existing = request.getAttribute(NONCE_ATTRIBUTE);
        if (existing instanceof String nonce) {
            return nonce;
        }
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        return nonce;
    }

    /** The nonce already made for this request, if any. */
    static @Nullable String existingNonce(HttpServletRequest request) {
        return request.getAttribute(NONCE_ATTRIBUTE) instanceof String nonce ? nonce : null;
    }
}

package org.familyvoice.base.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Puts this request's Content-Security-Policy nonce ({@link NonceContentSecurityPolicy}) on every script element of
 * Vaadin's page shell, so that the browser runs them under a policy that refuses inline scripts without it.
 */
@Component
class ScriptNonces implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            if (response.getVaadinRequest() instanceof VaadinServletRequest request) {
                String nonce = NonceContentSecurityPolicy.existingNonce(request.getHttpServletRequest());
                if (nonce != null) {
                    for (Element script : response.getDocument().getElementsByTag("script")) {
                        script.attr("nonce", nonce);
                    }
                }
            }
        });
    }
}

package org.familyvoice.notifications;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The words of e-mails, from the same translations as the pages (in English: an e-mail has no browser to ask for
 * a language). Like Vaadin, messages are formatted only when they have arguments, so apostrophes follow the same rule.
 */
@Component
class EmailTexts {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    EmailTexts() {
        messages.setBasename("vaadin-i18n/translations");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, Locale.ENGLISH);
    }
}

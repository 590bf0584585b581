package org.familyvoice.privacy;

import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Locale;

/** English from the translations, for the export's document (a file has no browser to ask for a language). */
final class ExportWords {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("vaadin-i18n/translations");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private ExportWords() {
    }

    static String text(String key, Object... args) {
        return MESSAGES.getMessage(key, args.length == 0 ? null : args, Locale.ROOT);
    }

    /** The text of a consent wording, as shown: its keys' texts joined by a line break. */
    static String wording(ConsentWording wording) {
        return String.join("\n", wording.keys().stream().map(ExportWords::text).toList());
    }
}

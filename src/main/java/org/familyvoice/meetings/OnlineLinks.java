package org.familyvoice.meetings;

import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** An online meeting link families will click: https only, a real host, nothing hidden in it. */
final class OnlineLinks {

    private OnlineLinks() {
    }

    /** The link with its scheme in lower case, or null when it is not a safe https link. */
    static @Nullable String normalize(String raw, int maxLength) {
        if (raw.length() > maxLength || !raw.toLowerCase(Locale.ROOT).startsWith("https://")) {
            return null;
        }
        String link = "https://" + raw.substring("https://".length());
        return isSafe(link) ? link : null;
    }

    private static boolean isSafe(String link) {
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c <= 0x20 || c == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c > 0x7e) {
                return false;
            }
        }
        try {
            URI uri = new URI(link);
            String host = uri.getHost();
            return "https".equalsIgnoreCase(uri.getScheme()) && host != null && host.contains(".")
                    && !host.startsWith(".") && !host.endsWith(".") && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

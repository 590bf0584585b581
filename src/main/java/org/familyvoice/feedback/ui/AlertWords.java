package org.familyvoice.feedback.ui;

import com.vaadin.flow.component.Component;
import org.familyvoice.feedback.Concern;
import org.familyvoice.feedback.SafeguardingAlert;

import java.util.ArrayList;
import java.util.List;

/** A safeguarding alert's codes in words. */
final class AlertWords {

    private AlertWords() {
    }

    static String concern(Component owner, Concern concern) {
        return owner.getTranslation("duty.concern." + concern.name());
    }

    static String concerns(Component owner, SafeguardingAlert alert) {
        return Parts.joined(alert.concerns().stream().sorted().map(c -> concern(owner, c)).toList());
    }

    static String author(Component owner, SafeguardingAlert alert) {
        return alert.author() == null || alert.author().isBlank() ? owner.getTranslation("duty.unknown-author")
                : alert.author();
    }

    /**
     * The screener's signs ("VIOLENCE: hits; MISSING: ran away") with the concerns in words; anything that does not
     * follow that shape is shown as it is.
     */
    static List<String> signs(Component owner, SafeguardingAlert alert) {
        List<String> lines = new ArrayList<>();
        for (String part : alert.signs().split(";")) {
            String sign = part.strip();
            if (sign.isEmpty()) {
                continue;
            }
            int colon = sign.indexOf(':');
            String code = colon < 0 ? "" : sign.substring(0, colon).strip();
            Concern concern = null;
            for (Concern c : Concern.values()) {
                if (c.name().equals(code)) {
                    concern = c;
                }
            }
            lines.add(concern == null ? sign : owner.getTranslation("duty.alert.sign", concern(owner, concern),
                    sign.substring(colon + 1).strip()));
        }
        return lines;
    }
}

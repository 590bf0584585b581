package org.familyvoice.themes;

import java.time.LocalDate;
import java.util.List;

/**
 * Words behind a figure, as the viewer may see them: {@code redacted} says whether names and contact details were
 * removed (the viewer may not see the family) or the text is as written (they may).
 */
public record Quote(long itemId, LocalDate saidOn, VoiceSource source, VoiceOrigin origin, String meetingType,
                    long teamId, String text, boolean redacted, Sentiment sentiment, List<String> themes) {

    public Quote {
        themes = List.copyOf(themes);
    }
}

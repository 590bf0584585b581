package org.familyvoice.themes;

import org.familyvoice.base.FamilyId;
import org.familyvoice.base.TeamId;
import org.familyvoice.base.UserId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Words a family member allowed to be used, without their name, to improve services, as the feature that stored
 * them hands them over for tagging. {@code contributorKey} tells contributors apart for the "fewer than 5" rule
 * without naming anyone ("user:12", or "anonymous:" and the feedback reference); {@code knownNames} are the
 * names of people the system knows around this family (removed from the quote others see);
 * {@code meetingType} is null when the words are not about a meeting.
 */
public record SaidText(VoiceOrigin origin, long originId, @Nullable FamilyId familyId, @Nullable TeamId teamId,
                       VoiceSource source, @Nullable String meetingType, String contributorKey,
                       @Nullable UserId author, boolean mayContact, Instant saidAt, String text,
                       List<String> knownNames) {

    public SaidText {
        Objects.requireNonNull(origin);
        Objects.requireNonNull(source);
        Objects.requireNonNull(saidAt);
        Objects.requireNonNull(text);
        if (contributorKey.isBlank() || contributorKey.length() > 40) {
            throw new IllegalArgumentException("a contributor key is 1 to 40 characters");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("only words are tagged");
        }
        knownNames = List.copyOf(knownNames);
    }
}

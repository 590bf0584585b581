package org.familyvoice.feedback;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * What the person sees after sending feedback.
 *
 * @param reference       the short reference to quote, e.g. FV-7K3M-Q9
 * @param flagged         what they wrote will be looked at by the duty team (a possible disclosure)
 * @param replyExpectedBy when to expect a reply, if they asked to be contacted
 */
public record Receipt(FeedbackId id, String reference, boolean flagged, @Nullable Instant replyExpectedBy) {
}

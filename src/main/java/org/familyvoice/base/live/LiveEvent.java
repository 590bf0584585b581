package org.familyvoice.base.live;

/**
 * Something that changed which open pages may want to show at once. Publish it with Spring's
 * {@code ApplicationEventPublisher} inside the transaction that makes the change: {@link LiveUpdates} passes it on to
 * subscribed components only after that transaction commits (never for a rolled-back change). Events name only ids,
 * never content: each receiving page reads what its own user may see.
 */
public interface LiveEvent {
}

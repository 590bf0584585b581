package org.familyvoice.base.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Pushes committed changes to the pages that show them, within this JVM. Services publish a {@link LiveEvent} in
 * their transaction; after it commits, every subscribed component whose filter accepts the event gets its action run
 * in its own UI ({@code ui.access}), which server push then sends to the browser. A rolled-back change pushes nothing.
 * <p>
 * Delivery runs on a thread of its own, never on the committing request's thread (which still holds the finished
 * transaction's resources and the other person's session), so each UI reads with its own user's rights. One UI that
 * fails or has gone away never stops the others.
 * <p>
 * Only pages on this node hear of changes made on this node; with several nodes, pages elsewhere catch up on their
 * next navigation (see docs/decisions/0005-live-updates.md).
 */
@org.springframework.stereotype.Component
public class LiveUpdates implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Set<Subscription<?>> subscriptions = ConcurrentHashMap.newKeySet();
    private final ExecutorService delivery = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("live-updates-", 0).inheritInheritableThreadLocals(false).factory());
    private final AtomicInteger inFlight = new AtomicInteger();

    /**
     * Runs {@code action} in the component's UI whenever a committed event of {@code type} passes {@code filter},
     * while the component is attached: it subscribes on attach and unsubscribes on detach, so a page that is left,
     * closed or expired leaves nothing behind. The action runs with the UI's session locked and its user signed in.
     *
     * @return removes the subscription for good (rarely needed: detaching already ends it)
     */
    public static <E extends LiveEvent> Registration onEvent(Component component, Class<E> type, Predicate<E> filter,
                                                            Runnable action) {
        var state = new Object() {
            Registration current;
        };
        Runnable subscribe = () -> component.getUI().ifPresent(ui -> {
            if (state.current == null) {
                state.current = instance(ui).subscribe(ui, component, type, filter, action);
            }
        });
        Runnable unsubscribe = () -> {
            if (state.current != null) {
                state.current.remove();
                state.current = null;
            }
        };
        Registration onAttach = component.addAttachListener(e -> subscribe.run());
        Registration onDetach = component.addDetachListener(e -> unsubscribe.run());
        if (component.isAttached()) {
            subscribe.run();
        }
        return () -> {
            onAttach.remove();
            onDetach.remove();
            unsubscribe.run();
        };
    }

    /** The application's broadcaster, as Spring made it (Vaadin's instantiator hands out Spring beans). */
    private static LiveUpdates instance(UI ui) {
        VaadinService service = ui.getSession().getService();
        return service.getInstantiator().getOrCreate(LiveUpdates.class);
    }

    <E extends LiveEvent> Registration subscribe(UI ui, Component component, Class<E> type, Predicate<E> filter,
                                                 Runnable action) {
        var subscription = new Subscription<>(ui, component, type, filter, action);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    /** After the publishing transaction commits; an event published outside a transaction is ignored. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(LiveEvent event) {
        inFlight.incrementAndGet();
        try {
            delivery.execute(() -> {
                try {
                    deliver(event);
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        } catch (RuntimeException e) {
            inFlight.decrementAndGet();
            log.warn("Live update {} not delivered: {}", event.getClass().getSimpleName(), e.toString());
        }
    }

    private void deliver(LiveEvent event) {
        for (Subscription<?> s : subscriptions) {
            try {
                if (s.ui.isClosing() || s.ui.getSession() == null) {
                    subscriptions.remove(s); // a UI that went without a detach (e.g. its session expired)
                } else if (s.accepts(event)) {
                    s.ui.access(() -> {
                        if (s.component.isAttached()) {
                            s.action.run();
                        }
                    });
                }
            } catch (RuntimeException e) {
                // this UI only: detached meanwhile, or its filter failed; the others still get the event
                log.debug("Live update to one UI failed: {}", e.toString());
            }
        }
    }

    /** Subscriptions held now (for tests: a page left must leave none behind). */
    public int subscriptionCount() {
        return subscriptions.size();
    }

    /**
     * Waits until every committed event so far has been handed to the UIs' queues (tests call this before running
     * Karibu's UI queue).
     *
     * @return whether that happened within {@code timeout}
     */
    public boolean awaitDelivered(Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (inFlight.get() > 0) {
            if (System.nanoTime() > until) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    @Override
    public void destroy() {
        delivery.shutdownNow();
    }

    private record Subscription<E extends LiveEvent>(UI ui, Component component, Class<E> type, Predicate<E> filter,
                                                     Runnable action) {
        boolean accepts(LiveEvent event) {
            return type.isInstance(event) && filter.test(type.cast(event));
        }

        // identity, not value: the same component may subscribe twice to different things
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}

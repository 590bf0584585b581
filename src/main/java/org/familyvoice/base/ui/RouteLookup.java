package org.familyvoice.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import java.util.NoSuchElementException;
import java.util.function.LongFunction;

/**
 * Loads what a page's address names by its numeric id. An id that is not a number, does not exist or belongs to
 * someone the person may not reach shows the same "Page not found", so an address never tells which it was.
 */
public final class RouteLookup {

    private RouteLookup() {
    }

    /** The loaded thing, or null after sending the person to "Page not found". */
    public static <T> @Nullable T byId(BeforeEnterEvent event, String parameter, LongFunction<T> load) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get(parameter).orElse(""));
            if (id <= 0) {
                throw new NoSuchElementException();
            }
            return load.apply(id);
        } catch (IllegalArgumentException | AccessDeniedException | NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return null;
        }
    }
}

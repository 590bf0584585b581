package accesscheck;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page anyone may open, which no reviewed list names. */
@Route("access-check-open")
@AnonymousAllowed
public class OpenView extends Div {
}

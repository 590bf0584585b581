package accesscheck;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A page protected as it should be. */
@Route("access-check-managers")
@RolesAllowed("MANAGER")
public class ManagersView extends Div {
}

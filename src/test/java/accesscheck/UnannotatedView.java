package accesscheck;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** A page somebody forgot to protect. */
@Route("access-check-unannotated")
public class UnannotatedView extends Div {
}

package org.familyvoice.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;

import java.util.List;

/** Recovery codes, shown this once (after setting up, or after asking for new ones), with "I have kept them". */
final class RecoveryCodesPanel extends Div {

    RecoveryCodesPanel(List<String> codes, Runnable onDone) {
        var list = new OrderedList();
        list.addClassName("fv-mfa-codes");
        codes.forEach(c -> list.add(new ListItem(c)));
        var done = new Button(getTranslation("mfa.codes.done"), e -> onDone.run());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("mfa.codes.title")), new Paragraph(getTranslation("mfa.codes.intro", codes.size())),
                list, new Div(done));
    }
}

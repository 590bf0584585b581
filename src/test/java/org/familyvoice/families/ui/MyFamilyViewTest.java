package org.familyvoice.families.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.base.ContactNumbers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/** A family member's home: their worker, their own family only, and who to call now. */
class MyFamilyViewTest extends KaribuTest {

    @Autowired ContactNumbers numbers;

    /** Each paragraph as read aloud: its text and the text of what is inside it, such as a number to call. */
    private List<String> paragraphs() {
        return _find(Paragraph.class).stream().map(p -> p.getElement().getTextRecursively().replaceAll("\\s+", " ").strip())
                .toList();
    }

    private List<String> callLinks() {
        return _find(Anchor.class).stream().map(Anchor::getHref).toList();
    }

    @Test
    void aParentSeesTheirWorkerTheirFamilyAndTheNumbersToCall() {
        login(SignIn.PARENT_HARPER);
        UI.getCurrent().navigate("my-family");
        assertThat(paragraphs()).contains("Priya Shah", "If someone is in danger right now, call 999",
                "Children's services, weekdays: " + numbers.frontDoor(),
                "Evenings, nights and weekends: " + numbers.outOfHours());
        assertThat(callLinks()).contains("tel:999", "tel:" + numbers.frontDoor().replace(" ", ""));
        assertThat(paragraphs()).noneMatch(p -> p.contains("Childline"));
        List<String> members = _find(ListItem.class).stream().map(ListItem::getText).toList();
        assertThat(members).contains("Leanne Harper (Mum)", "Kai Harper (Son)")
                .noneMatch(m -> m.contains("Novak") || m.contains("Adeyemi") || m.contains("Walsh"));
    }

    @Test
    void aYoungPersonAlsoSeesChildline() {
        login(SignIn.YOUNG_HARPER);
        UI.getCurrent().navigate("my-family");
        assertThat(paragraphs()).contains("You can talk to Childline any time, free: 0800 1111",
                "If someone is in danger right now, call 999");
        assertThat(callLinks()).contains("tel:08001111");
    }
}

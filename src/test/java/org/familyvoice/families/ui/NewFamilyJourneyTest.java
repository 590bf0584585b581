package org.familyvoice.families.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.familyvoice.KaribuTest;
import org.familyvoice.SignIn;
import org.familyvoice.families.FamilyMember;
import org.familyvoice.families.MemberType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** A practitioner opens a family record and adds its members, with the mistakes people make on the way. */
class NewFamilyJourneyTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void aPractitionerOpensAFamilyAndAddsAYoungPerson() {
        login(SignIn.PRACTITIONER_SOUTH);
        UI.getCurrent().navigate("families");
        _click(_get(Button.class, spec -> spec.withText("New family")));

        TextField reference = _get(TextField.class, spec -> spec.withLabel("Case reference"));
        TextField name = _get(TextField.class, spec -> spec.withLabel("Family name"));
        ComboBox<?> practitioner = _get(ComboBox.class, spec -> spec.withLabel("Allocated practitioner"));
        assertThat(practitioner.getValue()).as("a practitioner allocates to themselves").isNotNull();

        _setValue(reference, "<script>alert(1)</script>");
        _setValue(name, "The Okafor family");
        _click(_get(Button.class, spec -> spec.withText("Create family")));
        assertThat(reference.isInvalid()).isTrue();
        assertThat(reference.getErrorMessage()).startsWith("Enter a case reference");

        _setValue(reference, "FV-1001");
        _click(_get(Button.class, spec -> spec.withText("Create family")));
        assertThat(reference.getErrorMessage()).isEqualTo("A family with that case reference already exists");
        assertThat(name.getValue()).as("nothing typed is lost").isEqualTo("The Okafor family");

        _setValue(reference, "fv-3001");
        _click(_get(Button.class, spec -> spec.withText("Create family")));
        assertThat(_get(H1.class).getText()).isEqualTo("The Okafor family");

        _click(_get(Button.class, spec -> spec.withText("Add a family member")));
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Who they are")), MemberType.YOUNG_PERSON);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Ada Okafor 🌟");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Relationship")), "Daughter");
        _click(_get(Button.class, spec -> spec.withText("Add")));
        DatePicker dob = _get(DatePicker.class, spec -> spec.withLabel("Date of birth"));
        assertThat(dob.isInvalid()).isTrue();
        assertThat(dob.getErrorMessage()).isEqualTo("Enter the young person's date of birth");

        _setValue(dob, LocalDate.of(2013, 6, 1));
        _click(_get(Button.class, spec -> spec.withText("Add")));

        Grid<FamilyMember> members = _get(Grid.class,
                spec -> spec.withPredicate(g -> g.getAriaLabel().orElse("").equals("Family members")));
        assertThat(_findAll(members)).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Ada Okafor 🌟");
            assertThat(m.type()).isEqualTo(MemberType.YOUNG_PERSON);
            assertThat(m.hasAccount()).isFalse();
        });
    }
}

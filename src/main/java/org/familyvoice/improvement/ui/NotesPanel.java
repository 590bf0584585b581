package org.familyvoice.improvement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.improvement.ImprovementAction;
import org.familyvoice.improvement.ImprovementPlanService;
import org.familyvoice.improvement.ProgressNote;

import java.util.Map;

/**
 * An action's progress notes, newest first, a page at a time ("Show older notes"); managers and administrators
 * add one. Notes are kept as written, with who wrote them and when.
 */
final class NotesPanel extends Div {

    static final int PAGE = 10;

    private final ImprovementPlanService plan;
    private final ImprovementAction action;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph none = new Paragraph();
    private final Button older = new Button();
    private int shown = PAGE;

    NotesPanel(ImprovementPlanService plan, ImprovementAction action) {
        this.plan = plan;
        this.action = action;
        addClassName("fv-plan-notes");
        add(new H3(getTranslation("improvement.notes")));
        if (plan.mayChangePlan()) {
            var note = new TextArea(getTranslation("improvement.note.new"));
            note.setMaxLength(ImprovementPlanService.MAX_NOTE);
            note.setHelperText(getTranslation("improvement.note.help"));
            note.setWidthFull();
            note.setMinRows(2);
            note.addValueChangeListener(e -> note.setInvalid(false));
            var add = new Button(getTranslation("improvement.note.add"), e -> {
                try {
                    plan.addNote(action.id(), note.getValue());
                    note.clear();
                    Notices.success(this, "improvement.note.added");
                    refresh();
                } catch (UserFacingException ex) {
                    PlanParts.showOnField(this, ex, Map.of("note", note));
                }
            });
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var form = new Div(note, add);
            form.addClassName("fv-plan-note-form");
            add(form);
        }
        none.setText(getTranslation("improvement.notes.none"));
        list.addClassName("fv-plan-note-list");
        older.setText(getTranslation("improvement.notes.older"));
        older.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        older.addClickListener(e -> {
            shown += PAGE;
            refresh();
        });
        add(none, list, older);
        refresh();
    }

    private void refresh() {
        int total = plan.countNotes(action.id());
        list.removeAll();
        for (ProgressNote n : plan.notes(action.id(), 0, shown)) {
            var who = new Span(getTranslation("improvement.note.by", n.authorName(), Formats.dateTime(n.writtenAt())));
            who.addClassName("fv-fact-label");
            var item = new ListItem(who, PlanParts.plainText(n.note()));
            item.addClassName("fv-plan-note");
            list.add(item);
        }
        none.setVisible(total == 0);
        list.setVisible(total > 0);
        older.setVisible(total > shown);
    }
}

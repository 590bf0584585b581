package org.familyvoice.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import org.familyvoice.meetings.MeetingCheck;
import org.familyvoice.meetings.Respondent;

import java.util.List;
import java.util.function.Function;

/**
 * "How the meeting went", for staff who may read the family: the child's, the parent's or carer's and the
 * practitioner's answers side by side, one row per question and one for comments, shown as text.
 */
class MeetingChecksTable extends Section {

    MeetingChecksTable(List<MeetingCheck> checks) {
        addClassName("fv-checks");
        add(new H2(getTranslation("checks.meeting.title")));
        var table = new NativeTable();
        table.addClassName("fv-table");
        table.setCaptionText(getTranslation("checks.meeting.caption"));
        var head = table.getHead().addRow();
        scoped(head.addHeaderCell(), "col", getTranslation("checks.question"));
        for (Respondent r : Respondent.values()) {
            scoped(head.addHeaderCell(), "col", PlanWords.side(this, r));
        }
        row(table, "checks.row.listened", checks, c -> PlanWords.answer(this, c.listenedTo(), false));
        row(table, "checks.row.next", checks, c -> PlanWords.answer(this, c.knowsNext(), false));
        var comments = table.getBody().addRow();
        scoped(comments.addHeaderCell(), "row", getTranslation("checks.row.comment"));
        for (Respondent r : Respondent.values()) {
            NativeTableCell cell = comments.addDataCell();
            List<MeetingCheck> side = checks.stream().filter(c -> c.respondent() == r).toList();
            if (side.isEmpty()) {
                cell.setText(getTranslation("checks.not-answered"));
            }
            for (MeetingCheck c : side) {
                var one = new Div(PlanWords.label(c.name()));
                one.add(c.comment() == null ? new com.vaadin.flow.component.html.Paragraph(getTranslation("checks.no-comment"))
                        : PlanWords.plainText(c.comment()));
                if (c.flagged()) {
                    one.add(PlanWords.badge(this, "contributions.flagged", true));
                }
                if (c.mayUseForImprovement()) {
                    one.add(PlanWords.badge(this, "checks.may-use", false));
                }
                cell.add(one);
            }
        }
        add(table);
    }

    private void row(NativeTable table, String labelKey, List<MeetingCheck> checks, Function<MeetingCheck, String> answer) {
        NativeTableRow row = table.getBody().addRow();
        scoped(row.addHeaderCell(), "row", getTranslation(labelKey));
        for (Respondent r : Respondent.values()) {
            List<String> answers = checks.stream().filter(c -> c.respondent() == r)
                    .map(c -> getTranslation("checks.answer-by", c.name(), answer.apply(c))).toList();
            row.addDataCell().setText(answers.isEmpty() ? getTranslation("checks.not-answered")
                    : String.join("; ", answers));
        }
    }

    private static void scoped(NativeTableHeaderCell cell, String scope, String text) {
        cell.setText(text);
        cell.getElement().setAttribute("scope", scope);
    }
}

package org.familyvoice.improvement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.improvement.ImprovementAction;
import org.familyvoice.improvement.ImprovementArea;
import org.familyvoice.improvement.ImprovementPlanService;

/** One action in full: its facts, its progress notes and the evidence behind it. */
final class ActionDetailsDialog extends Dialog {

    ActionDetailsDialog(ImprovementPlanService plan, ImprovementArea area, ImprovementAction action) {
        setHeaderTitle(action.title());
        addClassName("fv-plan-dialog");
        var facts = new Div(PlanParts.fact(this, "improvement.action.area", area.name()),
                PlanParts.fact(this, "improvement.action.owner", action.ownerName()),
                PlanParts.fact(this, "improvement.action.due", Formats.date(action.dueOn())),
                PlanParts.fact(this, "improvement.action.status", PlanParts.status(this, action.status())),
                PlanParts.fact(this, "improvement.action.changed", Formats.dateTime(action.changedAt())));
        facts.addClassName("fv-facts");
        add(facts, new NotesPanel(plan, action), new EvidencePanel(plan, action));
        getFooter().add(new Button(getTranslation("improvement.close"), e -> close()));
    }
}

package org.familyvoice.improvement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Confirm;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.improvement.Evidence;
import org.familyvoice.improvement.ImprovementAction;
import org.familyvoice.improvement.ImprovementPlanService;
import org.familyvoice.themes.ThemeRef;

import java.util.List;

/**
 * The evidence behind an action: themes and quotes of what families said (always redacted), newest first. A
 * manager links a theme here, and unlinks any evidence; quotes are linked from the pages that show them.
 */
final class EvidencePanel extends Div {

    private final ImprovementPlanService plan;
    private final ImprovementAction action;
    private final boolean mayLink;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph none = new Paragraph();

    EvidencePanel(ImprovementPlanService plan, ImprovementAction action) {
        this.plan = plan;
        this.action = action;
        this.mayLink = plan.mayLinkEvidence();
        addClassName("fv-plan-evidence");
        add(new H3(getTranslation("improvement.evidence")));
        if (mayLink) {
            add(linkTheme());
        }
        none.setText(getTranslation("improvement.evidence.none"));
        list.addClassName("fv-plan-evidence-list");
        add(none, list);
        refresh();
    }

    private Div linkTheme() {
        var theme = new ComboBox<ThemeRef>(getTranslation("improvement.evidence.theme"));
        theme.setItems(plan.themeChoices());
        theme.setItemLabelGenerator(ThemeRef::name);
        theme.setHelperText(getTranslation("improvement.evidence.theme.help"));
        theme.addValueChangeListener(e -> theme.setInvalid(false));
        var link = new Button(getTranslation("improvement.evidence.link-theme"), e -> {
            if (theme.getValue() == null) {
                theme.setErrorMessage(getTranslation("improvement.evidence.choose-theme"));
                theme.setInvalid(true);
                return;
            }
            try {
                plan.linkTheme(action.id(), theme.getValue().id());
                Notices.success(this, "improvement.evidence.theme-linked", theme.getValue().name());
                theme.clear();
                refresh();
            } catch (UserFacingException ex) {
                theme.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                theme.setInvalid(true);
                Notices.error(this, ex);
            }
        });
        var form = new Div(theme, link);
        form.addClassName("fv-inline-form");
        return form;
    }

    private void refresh() {
        List<Evidence> evidence = plan.evidence(action.id());
        list.removeAll();
        for (Evidence e : evidence) {
            list.add(item(e));
        }
        none.setVisible(evidence.isEmpty());
        list.setVisible(!evidence.isEmpty());
    }

    private ListItem item(Evidence e) {
        String label = e.kind() == Evidence.Kind.THEME ? getTranslation("improvement.evidence.kind.theme")
                : e.saidOn() == null ? getTranslation("improvement.evidence.kind.quote")
                : getTranslation("improvement.evidence.kind.quote-on", Formats.date(e.saidOn()));
        var kind = new Span(label);
        kind.addClassName("fv-fact-label");
        var item = new ListItem(kind, PlanParts.plainText(e.text()));
        item.addClassName("fv-plan-evidence-item");
        if (mayLink) {
            String shortText = e.text().length() > 40 ? e.text().substring(0, 40) + "…" : e.text();
            var unlink = new Button(getTranslation("improvement.evidence.unlink"), click -> Confirm.ask(this,
                    getTranslation("improvement.evidence.unlink.confirm.title"),
                    getTranslation("improvement.evidence.unlink.confirm.text", shortText, action.title()),
                    getTranslation("improvement.evidence.unlink"), () -> {
                        try {
                            plan.unlink(e.id());
                            Notices.success(this, "improvement.evidence.unlinked");
                        } catch (UserFacingException ex) {
                            Notices.error(this, ex);
                        }
                        refresh();
                    }));
            unlink.setAriaLabel(getTranslation("improvement.evidence.unlink.aria", shortText));
            unlink.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            item.add(unlink);
        }
        return item;
    }
}

package org.familyvoice.improvement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.base.ui.Notices;
import org.familyvoice.improvement.ActionChoice;
import org.familyvoice.improvement.ImprovementPlanService;

import java.util.List;
import java.util.function.LongFunction;

/**
 * Links a quote or a theme to an improvement action as evidence: the manager picks the action (listed as
 * "area: title", searchable) and links. For any page that shows quotes or themes, e.g. the dashboard:
 * <pre>{@code
 * var link = new Button(getTranslation(...), e -> LinkEvidenceDialog.forQuote(plan, quote.id(), this::refresh).open());
 * link.setVisible(plan.mayLinkEvidence());
 * }</pre>
 * A refused link (already linked, or the quote was withdrawn meanwhile) says so and keeps the dialog open.
 */
public final class LinkEvidenceDialog extends Dialog {

    private final ComboBox<ActionChoice> action = new ComboBox<>();

    private LinkEvidenceDialog(ImprovementPlanService plan, String headerKey, String introKey,
                               LongFunction<Long> link, Runnable afterLink) {
        setHeaderTitle(getTranslation(headerKey));
        addClassName("fv-plan-dialog");
        List<ActionChoice> choices = plan.actionsForPicker();
        add(new Paragraph(getTranslation(introKey)));
        action.setLabel(getTranslation("improvement.link.action"));
        action.setHelperText(getTranslation("improvement.link.action.help"));
        action.setItems(choices);
        action.setItemLabelGenerator(c -> getTranslation("improvement.link.choice", c.areaName(), c.title(),
                PlanParts.status(this, c.status())));
        action.setRequiredIndicatorVisible(true);
        action.setWidthFull();
        action.addValueChangeListener(e -> action.setInvalid(false));
        var linkButton = new Button(getTranslation("improvement.link.save"), e -> {
            if (action.getValue() == null) {
                action.setErrorMessage(getTranslation("improvement.link.choose"));
                action.setInvalid(true);
                action.focus();
                return;
            }
            ActionChoice chosen = action.getValue();
            try {
                link.apply(chosen.id());
                Notices.success(this, "improvement.evidence.linked", chosen.title());
                close();
                afterLink.run();
            } catch (UserFacingException ex) {
                action.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                action.setInvalid(true);
                Notices.error(this, ex);
            }
        });
        linkButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (choices.isEmpty()) {
            add(new Paragraph(getTranslation("improvement.link.no-actions")));
            action.setEnabled(false);
            linkButton.setEnabled(false);
        } else {
            add(action);
        }
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), linkButton);
        setCloseOnOutsideClick(false);
    }

    /** Links one quote (a voice item, shown redacted) to the action the manager picks; then runs {@code afterLink}. */
    public static LinkEvidenceDialog forQuote(ImprovementPlanService plan, long voiceItemId, Runnable afterLink) {
        return new LinkEvidenceDialog(plan, "improvement.link.quote.title", "improvement.link.quote.intro",
                actionId -> plan.linkQuote(actionId, voiceItemId), afterLink);
    }

    /** Links a theme to the action the manager picks; then runs {@code afterLink}. */
    public static LinkEvidenceDialog forTheme(ImprovementPlanService plan, long themeId, Runnable afterLink) {
        return new LinkEvidenceDialog(plan, "improvement.link.theme.title", "improvement.link.theme.intro",
                actionId -> plan.linkTheme(actionId, themeId), afterLink);
    }
}

package org.familyvoice.feedback.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.familyvoice.accounts.Team;
import org.familyvoice.base.UserFacingException;
import org.familyvoice.feedback.FeedbackAbout;
import org.familyvoice.feedback.FeedbackForm;
import org.familyvoice.feedback.FeedbackService;
import org.familyvoice.feedback.Receipt;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The feedback questions, shared by the signed-in and the anonymous pages. Every question is optional;
 * something must be said. Text typed but not sent is kept in the browser tab (sessionStorage, under the
 * person's own key) so an accidental reload or a session timeout loses nothing; it is cleared when sent
 * and disappears when the tab is closed, so it does not linger on a shared device.
 */
final class FeedbackFormPanel extends Div {

    private final String draftKey;
    /** One per form shown: sending twice (a double click, a retry) stores one copy. */
    private final String submissionKey = UUID.randomUUID().toString();
    private final RadioButtonGroup<FeedbackAbout> about = new RadioButtonGroup<>();
    private final TextField aboutDetail = new TextField();
    private final RatingQuestion listened;
    private final RatingQuestion understood;
    private final RatingQuestion respected;
    private final TextArea wentWell = new TextArea();
    private final TextArea couldBeBetter = new TextArea();
    private final Checkbox mayContact = new Checkbox();
    private final Checkbox mayUseWords = new Checkbox();
    private final ComboBox<Team> team = new ComboBox<>();
    private final TextField contact = new TextField();
    private final Paragraph formError = new Paragraph();
    private final Paragraph restored = new Paragraph();
    private final Button send = new Button();
    private final boolean anonymous;

    FeedbackFormPanel(boolean young, boolean anonymous, List<Team> teams, String draftKey,
                      Function<FeedbackForm, Receipt> sender, BiConsumer<Receipt, FeedbackForm> onSent) {
        this.draftKey = draftKey;
        this.anonymous = anonymous;
        addClassName("fv-feedback-form");
        String voice = young ? "young" : "adult";

        restored.addClassName("fv-restored");
        restored.getElement().setAttribute("role", "status");
        restored.setVisible(false);
        formError.addClassName("fv-form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);

        about.setLabel(getTranslation("feedback.about." + voice));
        about.setItems(FeedbackAbout.values());
        about.setItemLabelGenerator(a -> getTranslation("feedback.about." + a.name() + "." + voice));
        aboutDetail.setLabel(getTranslation("feedback.about.detail." + voice));
        aboutDetail.setMaxLength(FeedbackService.MAX_DETAIL);
        aboutDetail.setWidthFull();
        draft(aboutDetail.getElement(), "detail");

        listened = new RatingQuestion("listened", young);
        understood = new RatingQuestion("understood", young);
        respected = new RatingQuestion("respected", young);

        setUpText(wentWell, "went-well", voice);
        setUpText(couldBeBetter, "could-be-better", voice);

        mayContact.setLabel(getTranslation(anonymous ? "feedback.consent.contact.anonymous" : "feedback.consent.contact." + voice));
        mayUseWords.setLabel(getTranslation("feedback.consent.words." + voice));
        mayUseWords.setHelperText(getTranslation("feedback.consent.words.help." + voice));

        var questions = new Div();
        questions.addClassName("fv-form-questions");
        var aboutCard = card("feedback.section.about." + voice, about, aboutDetail);
        if (anonymous) {
            team.setLabel(getTranslation("feedback.team"));
            team.setHelperText(getTranslation("feedback.team.help"));
            team.setItems(teams);
            team.setItemLabelGenerator(Team::name);
            team.setClearButtonVisible(true);
            team.setWidthFull();
            aboutCard.add(team);
        }
        questions.add(aboutCard);
        var ratings = card("feedback.section.ratings." + voice, listened, understood, respected);
        ratings.add(new Paragraph(getTranslation("feedback.optional." + voice)));
        questions.add(ratings);
        questions.add(card("feedback.section.words." + voice, wentWell, couldBeBetter));

        var consents = card("feedback.section.consent." + voice, mayContact);
        if (anonymous) {
            contact.setLabel(getTranslation("feedback.contact"));
            contact.setHelperText(getTranslation("feedback.contact.help"));
            contact.setMaxLength(FeedbackService.MAX_CONTACT);
            contact.setVisible(false);
            contact.setWidthFull();
            draft(contact.getElement(), "contact");
            mayContact.addValueChangeListener(e -> contact.setVisible(e.getValue()));
            consents.add(contact);
        }
        consents.add(mayUseWords);
        questions.add(consents);

        send.setText(getTranslation("feedback.send." + voice));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.setDisableOnClick(true);
        send.addClickListener(e -> send(sender, onSent));
        add(restored, questions, formError, send);
        // a field marked wrong stops saying so as soon as it is changed
        aboutDetail.addValueChangeListener(e -> aboutDetail.setInvalid(false));
        wentWell.addValueChangeListener(e -> wentWell.setInvalid(false));
        couldBeBetter.addValueChangeListener(e -> couldBeBetter.setInvalid(false));
        contact.addValueChangeListener(e -> contact.setInvalid(false));
        team.addValueChangeListener(e -> team.setInvalid(false));
    }

    private Div card(String headingKey, com.vaadin.flow.component.Component... content) {
        var card = new Div(new H2(getTranslation(headingKey)));
        card.add(content);
        card.addClassName("fv-card");
        return card;
    }

    private void setUpText(TextArea area, String name, String voice) {
        area.setLabel(getTranslation("feedback." + name + "." + voice));
        area.setMaxLength(FeedbackService.MAX_TEXT);
        area.setWidthFull();
        area.setMinHeight("8rem");
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(300);
        area.addValueChangeListener(e -> count(area));
        count(area);
        draft(area.getElement(), name);
    }

    private void count(TextArea area) {
        int n = area.getValue().length();
        area.setHelperText(n >= FeedbackService.MAX_TEXT ? getTranslation("feedback.counter.full", FeedbackService.MAX_TEXT)
                : getTranslation("feedback.counter", n, FeedbackService.MAX_TEXT));
    }

    private static void draft(com.vaadin.flow.dom.Element element, String name) {
        element.setAttribute("data-draft", name);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // Keep a copy of what is typed in this tab, written by the browser itself (at once on every keystroke,
        // and again when the page is left) so that it is kept even when the server session has ended or the
        // page is reloaded straight after typing. A kept draft goes back only into a field that is still empty
        // in the browser, decided in the browser: words typed into a freshly opened form are never replaced by
        // an older draft, however slow the server's answer.
        getElement().executeJs("""
                const form = this, key = $0;
                const fields = () => form.querySelectorAll('[data-draft]');
                let restoring = true;   // the events sent while restoring must not save half-restored fields
                const save = () => {
                  if (restoring || form.fvDraftSent || !form.isConnected) return;
                  try {
                    for (const f of fields()) sessionStorage.setItem(key + ':' + f.dataset.draft, f.value || '');
                  } catch (e) { /* storage full or disabled: nothing to keep */ }
                };
                form.addEventListener('input', save);
                window.addEventListener('pagehide', save);
                let restored = false;
                for (const f of fields()) {
                  let saved = null;
                  try { saved = sessionStorage.getItem(key + ':' + f.dataset.draft); } catch (e) { }
                  if (saved && saved.trim() && !f.value) {
                    f.value = saved;
                    // sent to the server like typed words: text areas send on 'input', text fields on 'change'
                    f.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
                    f.dispatchEvent(new Event('change', { bubbles: true }));
                    restored = true;
                  }
                }
                restoring = false;
                return restored;""", draftKey).then(Boolean.class, restoredAny -> {
            if (Boolean.TRUE.equals(restoredAny)) {
                showRestored();
            }
        });
        if (anonymous) {
            restoreContact();
        }
    }

    /**
     * The contact field is hidden (and so not in the page) until "you may contact me" is ticked, so its draft
     * is asked for separately; nobody can have typed into it yet.
     */
    private void restoreContact() {
        getElement().executeJs("try { return sessionStorage.getItem($0); } catch (e) { return null; }",
                draftKey + ":contact").then(String.class, saved -> {
            if (saved != null && !saved.isBlank() && contact.getValue().isEmpty()) {
                mayContact.setValue(true);
                contact.setValue(saved);
                showRestored();
            }
        });
    }

    private void showRestored() {
        restored.setText(getTranslation("feedback.draft.restored"));
        restored.setVisible(true);
    }

    /**
     * Forgets the draft once the form is stored (its reference is in the same answer). Kept until then: if the
     * connection or the server fails mid-send, the words are still in the tab. Run on the page, not on this
     * panel: the page that shows the reference takes the panel away in the same round trip, and JavaScript
     * asked of a detached element is never run (the sent words were then offered again in the next form). The
     * panel, once detached, no longer saves anything.
     */
    private void clearDraft() {
        getElement().executeJs("this.fvDraftSent = true;");
        getUI().ifPresent(ui -> ui.getPage().executeJs("""
                try { for (const k of Object.keys(sessionStorage)) { if (k.startsWith($0 + ':')) sessionStorage.removeItem(k); } }
                catch (e) { }""", draftKey));
    }

    FeedbackForm form() {
        return new FeedbackForm(submissionKey, about.getValue() == null ? FeedbackAbout.OTHER : about.getValue(),
                aboutDetail.getValue(), listened.getValue(), understood.getValue(), respected.getValue(),
                wentWell.getValue(), couldBeBetter.getValue(), mayContact.getValue(), mayUseWords.getValue(),
                anonymous && team.getValue() != null ? team.getValue().id() : null,
                anonymous && mayContact.getValue() ? contact.getValue() : null);
    }

    private void send(Function<FeedbackForm, Receipt> sender, BiConsumer<Receipt, FeedbackForm> onSent) {
        clearErrors();
        FeedbackForm form = form();
        try {
            Receipt receipt = sender.apply(form);
            clearDraft();
            onSent.accept(receipt, form);
        } catch (UserFacingException ex) {
            showError(ex);
            send.setEnabled(true);
        }
    }

    private void clearErrors() {
        formError.setVisible(false);
        for (HasValidation f : new HasValidation[]{aboutDetail, wentWell, couldBeBetter, contact, team}) {
            f.setInvalid(false);
        }
    }

    private void showError(UserFacingException ex) {
        String message = getTranslation(ex.messageKey(), ex.args());
        String key = ex.messageKey();
        @Nullable HasValidation field = key.endsWith(".went-well") ? wentWell
                : key.endsWith(".could-be-better") ? couldBeBetter
                : key.endsWith(".detail") || key.equals("feedback.error.detail-too-long") ? aboutDetail
                : key.endsWith("contact-needed") || key.endsWith("contact-too-long") || key.endsWith(".contact") ? contact
                : key.equals("feedback.error.no-such-team") ? team : null;
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
            if (field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                focusable.focus();
            }
        }
        // said once next to the button (announced: role=alert) and, where it is about one field, on that field
        formError.setText(message);
        formError.setVisible(true);
    }
}

package org.familyvoice.feedback.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.familyvoice.base.ui.Formats;
import org.familyvoice.feedback.Receipt;

/**
 * "Thank you": the reference to quote, what happens next, when to expect a reply, and, calmly, that someone
 * will look at what they wrote when it may be a disclosure.
 */
final class ReceiptPanel extends Div {

    ReceiptPanel(Receipt receipt, boolean young, boolean anonymous, boolean askedForReply) {
        addClassNames("fv-card", "fv-receipt");
        getElement().setAttribute("role", "status");
        String voice = young ? "young" : "adult";
        var heading = new H2(getTranslation("feedback.thanks." + voice));
        heading.setId("receipt-heading");
        getElement().setAttribute("aria-labelledby", "receipt-heading");
        var code = new Span(receipt.reference());
        code.addClassName("fv-code");
        code.setId("feedback-reference");
        code.getElement().setAttribute("data-testid", "feedback-reference");
        add(heading, new Paragraph(getTranslation("feedback.reference." + voice)), code);
        if (receipt.flagged()) {
            var check = new Paragraph(getTranslation("feedback.flagged." + voice));
            check.addClassName("fv-flagged-note");
            add(check);
        }
        add(new H2(getTranslation("feedback.next.title." + voice)));
        add(new Paragraph(getTranslation(anonymous ? "feedback.next.anonymous" : "feedback.next." + voice)));
        if (askedForReply && receipt.replyExpectedBy() != null) {
            add(new Paragraph(getTranslation("feedback.reply-by." + voice, Formats.date(receipt.replyExpectedBy()))));
        } else if (!anonymous) {
            add(new Paragraph(getTranslation("feedback.no-reply." + voice)));
        }
    }
}

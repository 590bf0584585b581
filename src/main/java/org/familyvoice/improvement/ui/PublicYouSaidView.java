package org.familyvoice.improvement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.familyvoice.improvement.YouSaidEntry.Published;
import org.familyvoice.improvement.YouSaidService;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * "You said, we did" for everyone, without signing in (linked from the sign-in page and from the notification
 * contributors get): what the service heard and what it did, newest first, a page at a time. The council's own words
 * only, as plain text: no names, no quotes.
 */
@Route(value = YouSaidService.PUBLIC_ROUTE, autoLayout = false)
@AnonymousAllowed
class PublicYouSaidView extends Main implements HasDynamicTitle {

    static final int PAGE = 10;
    /** "20 November 2026": the month in words reads plainly. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Locale.UK);

    private final YouSaidService service;
    private final Div entries = new Div();
    private final Paragraph showing = new Paragraph();
    private final Button more = new Button();
    private int shown;

    PublicYouSaidView(YouSaidService service, AuthenticationContext authentication) {
        this.service = service;
        addClassNames("fv-page", "fv-public-page", "fv-you-said-public");
        var appName = new Paragraph(getTranslation("app.name"));
        appName.addClassName("fv-fact-label");
        add(appName, new H1(getTranslation("you-said.public.title")),
                new Paragraph(getTranslation("you-said.public.intro")));
        entries.addClassName("fv-you-said-list");
        showing.getElement().setAttribute("aria-live", "polite");
        showing.addClassName("fv-hint");
        more.setText(getTranslation("you-said.public.more"));
        more.addClickListener(e -> showMore());
        add(entries, showing, more);
        var links = new Div();
        links.addClassName("fv-you-said-links");
        if (authentication.isAuthenticated()) {
            links.add(new Anchor("", getTranslation("you-said.public.back")));
        } else {
            links.add(new Anchor("login", getTranslation("you-said.public.sign-in")),
                    new Anchor("tell-us", getTranslation("you-said.public.tell-us")));
        }
        add(links);
        showMore();
    }

    private void showMore() {
        var page = service.published(shown, PAGE);
        for (Published entry : page) {
            entries.add(article(entry));
        }
        shown += page.size();
        int total = service.countPublished();
        if (total == 0) {
            showing.setText(getTranslation("you-said.public.empty"));
        } else {
            showing.setText(getTranslation("you-said.public.showing", shown, total));
        }
        more.setVisible(shown < total && !page.isEmpty());
    }

    private Article article(Published entry) {
        var article = new Article();
        article.addClassName("fv-you-said-entry");
        var heard = new Paragraph(entry.heard());
        heard.addClassName("fv-plain-text");
        var did = new Paragraph(entry.did());
        did.addClassName("fv-plain-text");
        article.add(new H2(getTranslation("you-said.public.when", DAY.format(entry.doneOn()))),
                new H3(getTranslation("you-said.public.heard")), heard,
                new H3(getTranslation("you-said.public.did")), did);
        return article;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("you-said.public.page-title") + " | " + getTranslation("app.name");
    }
}

package org.familyvoice.themes;

import org.familyvoice.base.FamilyId;
import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.families.AccessPolicy;
import org.familyvoice.themes.repository.QuoteQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words behind a theme's figure. A manager sees a quote as written only when they may see the family (their
 * own team's families); every other quote is redacted (names of people known to the system, phone numbers,
 * e-mail addresses, postcodes and street addresses removed). A figure built from fewer than
 * {@link Figure#MIN_CONTRIBUTORS} people has no quotes to open: reading them would single people out.
 */
@Service
@Transactional(readOnly = true)
public class ThemeQuotesService {

    private final QuoteQueries queries;
    private final ThemeDashboardService dashboard;
    private final Taxonomy taxonomy;
    private final AccessPolicy policy;
    private final AuditLog audit;

    ThemeQuotesService(QuoteQueries queries, ThemeDashboardService dashboard, Taxonomy taxonomy, AccessPolicy policy,
                       AuditLog audit) {
        this.queries = queries;
        this.dashboard = dashboard;
        this.taxonomy = taxonomy;
        this.policy = policy;
        this.audit = audit;
    }

    /** The theme, if it is active. */
    @PreAuthorize("hasRole('MANAGER')")
    public Optional<ThemeRef> theme(long themeId) {
        return taxonomy.current().themes().stream().filter(t -> t.id() == themeId).findFirst();
    }

    /** Whether the quotes behind this theme's figure may be opened (5 or more people). */
    @PreAuthorize("hasRole('MANAGER')")
    public boolean mayOpen(DashboardFilter filter, long themeId) {
        return dashboard.themes(filter).stream().filter(l -> l.theme().id() == themeId).findFirst()
                .map(l -> !l.now().suppressed()).orElse(false);
    }

    @PreAuthorize("hasRole('MANAGER')")
    public int count(DashboardFilter filter, long themeId, @Nullable Sentiment sentiment) {
        return mayOpen(filter, themeId) ? queries.count(filter, themeId, sentiment == null ? null : sentiment.name()) : 0;
    }

    /** One page of quotes, newest first; empty when the figure is "fewer than 5". Audited (so not read-only). */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public List<Quote> quotes(DashboardFilter filter, long themeId, @Nullable Sentiment sentiment, long offset,
                              int limit) {
        if (!mayOpen(filter, themeId)) {
            return List.of();
        }
        Map<Long, Boolean> mayRead = new HashMap<>();
        List<Long> shownAsWritten = new java.util.ArrayList<>(); // whose words were read unredacted
        List<Quote> quotes = queries.page(filter, themeId, sentiment == null ? null : sentiment.name(), offset,
                        Math.min(Math.max(limit, 1), 200)).stream()
                .map(row -> {
                    boolean asWritten = row.familyId() != null && mayRead.computeIfAbsent(row.familyId(),
                            id -> policy.accessTo(new FamilyId(id)).canRead());
                    if (asWritten) {
                        shownAsWritten.add(row.familyId());
                    }
                    return new Quote(row.id(), row.saidOn(), VoiceSource.valueOf(row.source()),
                            VoiceOrigin.valueOf(row.origin()), row.meetingType(), row.teamId(),
                            asWritten ? row.text() : row.redactedText(), !asWritten, Sentiment.valueOf(row.sentiment()),
                            row.themeNames().isEmpty() ? List.of() : Arrays.asList(row.themeNames().split("\\|")));
                }).toList();
        long asWritten = quotes.stream().filter(q -> !q.redacted()).count();
        audit.recordPageRead(AuditAction.THEME_QUOTES_VIEWED, "theme:" + themeId, shownAsWritten, quotes.size(),
                filter.from() + ".." + filter.to() + " " + asWritten + " as written");
        return quotes;
    }
}

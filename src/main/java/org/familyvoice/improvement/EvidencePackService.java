package org.familyvoice.improvement;

import org.familyvoice.base.audit.AuditAction;
import org.familyvoice.base.audit.AuditLog;
import org.familyvoice.improvement.EvidencePack.Action;
import org.familyvoice.improvement.EvidencePack.Said;
import org.familyvoice.improvement.EvidencePack.ThemeQuotes;
import org.familyvoice.improvement.repository.EvidencePackStore;
import org.familyvoice.improvement.repository.YouSaidStore;
import org.familyvoice.themes.Dashboard.Granularity;
import org.familyvoice.themes.Dashboard.ThemeLine;
import org.familyvoice.themes.DashboardFilter;
import org.familyvoice.themes.ThemeDashboardService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evidence pack for an improvement board: for a period, the headline figures with the previous period, the
 * themes, the trend, a few redacted quotes behind the most talked-about themes, the improvement plan's actions with
 * their status and evidence, and the "you said, we did" entries published in the period; as a tagged PDF, and the
 * figures as CSV. Figures from fewer than 5 people read "fewer than 5"; quotes are always redacted, whoever
 * exports; every export is recorded in the audit trail.
 */
@Service
public class EvidencePackService {

    static final int TOP_THEMES = 5;
    static final int QUOTES_PER_THEME = 3;
    static final int QUOTES_PER_ACTION = 3;
    /** Up to this many days the trend is weekly, beyond it monthly. */
    static final int WEEKLY_UP_TO_DAYS = 92;

    private final ThemeDashboardService dashboard;
    private final EvidencePackStore store;
    private final YouSaidStore youSaid;
    private final EvidencePackPdf pdf;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    EvidencePackService(ThemeDashboardService dashboard, EvidencePackStore store, YouSaidStore youSaid,
                        EvidencePackPdf pdf, AuditLog audit, Clock clock,
                        @Value("${familyvoice.themes.zone:Europe/London}") ZoneId zone) {
        this.dashboard = dashboard;
        this.store = store;
        this.youSaid = youSaid;
        this.pdf = pdf;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /** The pack as a tagged PDF (PDF/UA) for the days {@code from} to {@code to}. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional // not read-only: the export is recorded in the audit trail
    public byte[] pdf(LocalDate from, LocalDate to) {
        EvidencePack pack = gather(DashboardFilter.of(from, to));
        byte[] document = pdf.render(pack);
        audit.record(AuditAction.EVIDENCE_PACK_EXPORTED, "evidence-pack:" + from + ".." + to, "PDF, "
                + pack.quotes().stream().mapToInt(q -> q.quotes().size()).sum() + " theme quotes (redacted), "
                + pack.actions().size() + " actions, " + document.length + " bytes");
        return document;
    }

    /** The pack's figures as CSV (RFC 4180, UTF-8), safe to open in a spreadsheet. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional // not read-only: the export is recorded in the audit trail
    public byte[] csv(LocalDate from, LocalDate to) {
        DashboardFilter period = DashboardFilter.of(from, to);
        byte[] document = EvidencePackCsv.write(period, dashboard.headline(period), dashboard.themes(period));
        audit.record(AuditAction.EVIDENCE_PACK_EXPORTED, "evidence-pack:" + from + ".." + to, "CSV, "
                + document.length + " bytes");
        return document;
    }

    EvidencePack gather(DashboardFilter period) {
        List<ThemeLine> themes = dashboard.themes(period);
        boolean monthly = period.days() > WEEKLY_UP_TO_DAYS;
        var trend = dashboard.trend(period, monthly ? Granularity.MONTH : Granularity.WEEK, TOP_THEMES);
        if (!monthly && trend.allSuppressed()) {
            // every week "fewer than 5": a weekly chart would be empty, months may show a line
            monthly = true;
            trend = dashboard.trend(period, Granularity.MONTH, TOP_THEMES);
        }
        List<ThemeQuotes> quotes = new ArrayList<>();
        themes.stream().filter(l -> !l.now().suppressed() && l.now().items() > 0).limit(TOP_THEMES)
                .forEach(l -> quotes.add(new ThemeQuotes(l.theme().name(),
                        store.quotes(l.theme().id(), period.from(), period.to(), QUOTES_PER_THEME).stream()
                                .map(q -> new Said(q.saidOn(), q.redactedText())).toList())));
        var publishedFrom = period.from().atStartOfDay(zone).toInstant();
        var publishedTo = period.to().plusDays(1).atStartOfDay(zone).toInstant();
        List<YouSaidEntry.Published> entries = youSaid.publishedBetween(publishedFrom, publishedTo).stream()
                .map(r -> new YouSaidEntry.Published(r.id(), r.heard(), r.did(), r.doneOn())).toList();
        return new EvidencePack(period, LocalDate.now(clock.withZone(zone)), dashboard.headline(period), themes, trend, monthly, quotes,
                actions(), entries);
    }

    private List<Action> actions() {
        Map<Long, List<String>> themes = new LinkedHashMap<>();
        store.themeEvidence().forEach(e -> themes.computeIfAbsent(e.actionId(), k -> new ArrayList<>()).add(e.theme()));
        Map<Long, List<Said>> quotes = new LinkedHashMap<>();
        Map<Long, Integer> quotesInAll = new LinkedHashMap<>();
        store.quoteEvidence(QUOTES_PER_ACTION).forEach(e -> {
            quotes.computeIfAbsent(e.actionId(), k -> new ArrayList<>()).add(new Said(e.saidOn(), e.redactedText()));
            quotesInAll.put(e.actionId(), e.total());
        });
        return store.actions().stream().map(a -> new Action(a.area(), a.title(), a.owner(), a.dueOn(), a.status(),
                themes.getOrDefault(a.id(), List.of()), quotes.getOrDefault(a.id(), List.of()),
                quotesInAll.getOrDefault(a.id(), 0))).toList();
    }
}

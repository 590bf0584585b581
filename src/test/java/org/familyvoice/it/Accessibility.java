package org.familyvoice.it;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** An axe-core scan of the page as it is now, failing on serious and critical violations. */
final class Accessibility {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    /** Vaadin's development tools; absent from the production jar, excluded in case they are there. */
    private static final List<String> EXCLUDED = List.of("copilot-main", "vaadin-dev-tools");

    private Accessibility() {
    }

    /**
     * Scans the page; if the scan finds serious violations, runs {@code settle} and scans once more, failing on
     * what the second scan still finds (so a notice caught mid-fade does not fail a test, a real fault does).
     */
    static void assertNoSeriousViolations(Page page, String name, Runnable settle) {
        List<Rule> blocking = blockingViolations(page, name);
        if (!blocking.isEmpty()) {
            settle.run();
            blocking = blockingViolations(page, name);
        }
        List<Rule> found = blocking;
        assertTrue(found.isEmpty(), () -> "Accessibility violations on " + name + " (" + page.url() + "):\n"
                + found.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
    }

    private static List<Rule> blockingViolations(Page page, String name) {
        var axe = new AxeBuilder(page);
        EXCLUDED.forEach(axe::exclude);
        AxeResults results = axe.analyze();
        if (results.isErrored()) {
            fail("axe could not scan " + name + " (" + page.url() + "): " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .toList();
    }

    private static String describe(Rule rule) {
        return "- [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + " (" + rule.getHelpUrl() + ")\n"
                + rule.getNodes().stream().map(Accessibility::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replace("\n", "\n      ");
        return "    at " + node.getTarget() + ": " + node.getHtml() + "\n      " + summary;
    }
}

package org.familyvoice.themes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The twenty seed themes families in children's social care raise (codes, names and descriptions fixed for issue
 * #5), with the keywords and phrases that signal each one. They are data, in {@code themes/seed-themes.tsv}
 * (code, name, description, keywords, phrases; lists separated by |), so the editable taxonomy can be seeded
 * from the same file later.
 */
public final class SeedThemes {

    static final String RESOURCE = "/themes/seed-themes.tsv";

    private static final List<Theme> THEMES = read();

    private SeedThemes() {
    }

    /** The seed themes in their file order. */
    public static List<Theme> all() {
        return THEMES;
    }

    private static List<Theme> read() {
        List<Theme> themes = TermListLoader.rows(RESOURCE, 5).stream()
                .map(f -> new Theme(f[0].strip(), f[1].strip(), f[2].strip(), TermListLoader.list(f[3]),
                        TermListLoader.list(f[4])))
                .toList();
        Set<String> codes = new HashSet<>();
        for (Theme theme : themes) {
            if (!codes.add(theme.code())) {
                throw new IllegalStateException(RESOURCE + ": theme " + theme.code() + " appears twice");
            }
        }
        return themes;
    }
}

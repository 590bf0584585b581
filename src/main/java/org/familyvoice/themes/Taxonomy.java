package org.familyvoice.themes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The active themes as stored, and a tagger built from them. The tagger is rebuilt when the taxonomy changes (on
 * this node or another: every use compares a cheap stamp of the theme table), so an edit takes effect on the
 * next text saved.
 */
@Component
public class Taxonomy {

    /** The active themes (by id and by code) and a tagger that knows exactly them. */
    public record Snapshot(List<ThemeRef> themes, ThemeTagger tagger) {

        public Map<String, ThemeRef> byCode() {
            return themes.stream().collect(Collectors.toMap(ThemeRef::code, Function.identity()));
        }
    }

    private record Cached(String stamp, Snapshot snapshot) {
    }

    private final JdbcClient jdbc;
    private volatile Cached cached = new Cached("", new Snapshot(List.of(), ThemeTagger.withSeedThemes()));

    Taxonomy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Snapshot current() {
        String stamp = jdbc.sql("select count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(changed_at), "
                        + "timestamp '2000-01-01 00:00:00') from theme where active")
                .query(String.class).single();
        Cached now = cached;
        if (!now.stamp().equals(stamp)) {
            now = new Cached(stamp, load());
            cached = now;
        }
        return now.snapshot();
    }

    private Snapshot load() {
        List<ThemeRef> refs = new ArrayList<>();
        List<Theme> themes = new ArrayList<>();
        jdbc.sql("select id, code, name, description, keywords, phrases from theme where active order by id")
                .query((rs, n) -> {
                    refs.add(new ThemeRef(rs.getLong("id"), rs.getString("code"), rs.getString("name")));
                    themes.add(new Theme(rs.getString("code"), rs.getString("name"), rs.getString("description"),
                            TermListLoader.list(rs.getString("keywords")), TermListLoader.list(rs.getString("phrases"))));
                    return n;
                }).list();
        return new Snapshot(List.copyOf(refs), new ThemeTagger(themes, SentimentLexicon.standard()));
    }
}

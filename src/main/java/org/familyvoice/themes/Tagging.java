package org.familyvoice.themes;

import java.util.List;

/** What the tagger made of one text: 0..3 themes, strongest first, and a sentiment. */
public record Tagging(List<ThemeScore> themes, Sentiment sentiment) {

    public Tagging {
        themes = List.copyOf(themes);
    }

    /** The theme codes, strongest first. */
    public List<String> codes() {
        return themes.stream().map(ThemeScore::code).toList();
    }
}

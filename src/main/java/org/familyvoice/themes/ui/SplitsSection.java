package org.familyvoice.themes.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.familyvoice.themes.Dashboard.Split;
import org.familyvoice.themes.ThemeRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The themes split by team, by who spoke (parent or carer, young person, anonymous) and by meeting type: one table
 * each, a theme per row and a value per column, every cell from fewer than 5 people reading "fewer than 5".
 */
class SplitsSection extends Section {

    static final List<String> DIMENSIONS = List.of("team_id", "source", "meeting_type");

    private final Div content = new Div();

    SplitsSection() {
        addClassName("fv-themes-splits");
        add(new H2(getTranslation("themes.split.title")), new Paragraph(getTranslation("themes.split.intro")), content);
    }

    /** The splits, in {@link #DIMENSIONS} order; {@code teamNames} names team ids ("0" is feedback with no team). */
    void show(List<Split> splits, Map<String, String> teamNames) {
        content.removeAll();
        for (Split split : splits) {
            String key = key(split.dimension());
            String title = getTranslation("themes.split." + key);
            content.add(new H3(title));
            if (split.themes().isEmpty() || split.values().isEmpty()) {
                content.add(new Paragraph(getTranslation("themes.split.none")));
                continue;
            }
            List<String> columns = new ArrayList<>();
            columns.add(getTranslation("themes.col.theme"));
            split.values().forEach(v -> columns.add(valueName(split.dimension(), v, teamNames)));
            NativeTable table = Tables.table(getTranslation("themes.split.caption." + key), columns);
            for (ThemeRef theme : split.themes()) {
                Tables.row(table, theme.name(),
                        split.values().stream().map(v -> FigureWords.count(this, split.cell(theme, v))).toList());
            }
            content.add(Tables.scrolling(table, title));
        }
    }

    private static String key(String dimension) {
        return switch (dimension) {
            case "team_id" -> "team";
            case "source" -> "source";
            default -> "meeting";
        };
    }

    private String valueName(String dimension, String value, Map<String, String> teamNames) {
        return switch (dimension) {
            case "team_id" -> "0".equals(value) ? getTranslation("themes.split.no-team")
                    : teamNames.getOrDefault(value, getTranslation("themes.split.team-id", value));
            case "source" -> FigureWords.source(this, value);
            default -> FigureWords.meetingType(this, value);
        };
    }
}

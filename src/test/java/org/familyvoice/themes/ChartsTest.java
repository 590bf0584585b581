package org.familyvoice.themes;

import org.familyvoice.themes.Dashboard.Bucket;
import org.familyvoice.themes.Dashboard.ThemeLine;
import org.familyvoice.themes.Dashboard.Trend;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChartsTest {

    private static final ThemeRef LISTENED = new ThemeRef(1, "LISTENED_TO", "Being listened to");
    private static final ThemeRef CHANGES = new ThemeRef(2, "WORKER_CHANGES", "Changes of social worker");

    @Test
    void aTrendIsAPictureWithOneLinePerThemeAndGapsWhereFewerThanFivePeopleSpoke() throws Exception {
        List<Bucket> buckets = List.of(new Bucket(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)),
                new Bucket(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)),
                new Bucket(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        Trend trend = new Trend(buckets, List.of(LISTENED, CHANGES), Map.of(
                1L, List.of(new Figure(12, 9), new Figure(3, 3), new Figure(20, 14)),
                2L, List.of(new Figure(6, 5), new Figure(9, 7), new Figure(15, 11))));
        byte[] png = Charts.trend(trend, "Items", true);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(420);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/chart-trend.png"), png);
    }

    @Test
    void volumeBarsLeaveOutThemesWithFewerThanFivePeople() throws Exception {
        List<ThemeLine> eight = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            eight.add(new ThemeLine(new ThemeRef(i, "T" + (char) ('A' + i) + "X", "Theme " + i),
                    new Figure(40 - i, 30 - i), Figure.NONE, new Figure(10, 8), new Figure(25, 20), new Figure(5, 5)));
        }
        List<ThemeLine> oneTooFew = new java.util.ArrayList<>(eight);
        oneTooFew.set(7, new ThemeLine(eight.get(7).theme(), new Figure(33, 4), Figure.NONE, Figure.NONE, new Figure(33, 4), Figure.NONE));
        int allShown = ImageIO.read(new ByteArrayInputStream(Charts.volumes(eight, "Items", 10))).getHeight();
        int oneLeftOut = ImageIO.read(new ByteArrayInputStream(Charts.volumes(oneTooFew, "Items", 10))).getHeight();
        assertThat(oneLeftOut).isLessThan(allShown);
        Files.write(Path.of("target/chart-volumes.png"), Charts.volumes(eight, "Items", 10));
    }
}

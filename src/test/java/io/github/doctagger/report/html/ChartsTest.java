package io.github.doctagger.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {
    @Test
    void barChartLabelsEveryBarWithItsValueAndShareAndEscapesLabels() {
        String svg = BarChart.render("Documents per category", List.of(new BarChart.Bar("<b>Sport</b>", 3, "#4e79a7"),
                new BarChart.Bar("Weather", 1, "#f28e2b")), 4);
        assertThat(svg).startsWith("<svg").contains("aria-label=\"Documents per category\"")
                .contains("&lt;b&gt;Sport&lt;/b&gt;").doesNotContain("<b>")
                .contains("3  (75.0%)").contains("1  (25.0%)");
    }

    @Test
    void histogramColoursTaggedBinsAndMarksTheThreshold() {
        Histogram.Bins bins = new Histogram.Bins(-1.0, 0.5, 4);
        String svg = Histogram.render("Sport", "#4e79a7", bins, new long[] {5, 2, 0, 1}, 0.1);
        assertThat(svg).contains("threshold 0.10").contains("class=\"threshold\"")
                .contains("fill=\"#4e79a7\"><title>0.50 to 1.00: 1 document</title>")
                .contains("<title>-1.00 to -0.50: 5 documents</title>")
                .contains("documents (√)");
        assertThat(Histogram.render("Sport", "#4e79a7", bins, new long[4], Double.NaN)).doesNotContain("threshold");
    }

    @Test
    void trendChartDrawsALinePerSeriesWithALegend() {
        String html = TrendChart.render("Trend", List.of("11-25 10:00", "11-26 10:00"), "documents", List.of(
                new TrendChart.Series("sport", "#4e79a7", new long[] {3, 7}, false),
                new TrendChart.Series("no category", Palette.NEUTRAL, new long[] {1, 0}, true)));
        assertThat(html).contains("<polyline class=\"series\" stroke=\"#4e79a7\"")
                .contains("<polyline class=\"series dashed\"").contains("sport · 11-26 10:00: 7")
                .contains("<ul class=\"legend\">").contains("11-25 10:00");
    }

    @Test
    void heatmapShadesPairsButNotTheDiagonal() {
        String html = Heatmap.render(List.of("A", "B"), null, new long[][] {{4, 2}, {2, 3}}, "documents with both");
        assertThat(html).contains("<td class=\"num diag\" title=\"A: 4 documents in all\">4</td>")
                .contains("title=\"A and B: 2 documents with both\">2</td>").contains("style=\"background:#2f5d8a;color:#fff\"");
    }

    @Test
    void shareBarAndMetricChartWriteTheirFigures() {
        assertThat(ShareBar.render("Shares", List.of(new ShareBar.Part("none", 1, "#ccc"), new ShareBar.Part("one", 3, "#00f"))))
                .contains("75.0%").contains("none <b>1</b>");
        assertThat(MetricChart.render("Metrics", List.of(new MetricChart.Row("Sport", "#4e79a7", 0.5, 1.0, 0.667, 12))))
                .contains("Sport F1: 0.667").contains("Sport support: 12").contains(">0.67<");
    }

    @Test
    void paletteGivesEachCategoryTheSameColourWhateverTheOrderItIsGivenIn() {
        Palette one = Palette.of(List.of("weather", "sport", "markets"));
        Palette two = Palette.of(List.of("markets", "sport", "weather"));
        assertThat(one.colour("sport")).isEqualTo(two.colour("sport")).isEqualTo("#f28e2b");
        assertThat(one.cssClass("markets")).isEqualTo("cat0");
        assertThat(one.colour("unknown")).isEqualTo(Palette.NEUTRAL);
        assertThat(one.css()).contains(".cat2{--c:#e15759;--l:");
        Palette large = Palette.of(java.util.stream.IntStream.range(0, 14).mapToObj(i -> "c" + (char) ('a' + i)).toList());
        assertThat(large.colour("cn")).matches("#[0-9a-f]{6}");
    }
}

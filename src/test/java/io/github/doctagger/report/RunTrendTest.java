package io.github.doctagger.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunTrendTest {
    @Test
    void aFewRunsAreAPointEachOldestFirst() {
        List<RunSummary> newestFirst = List.of(
                RunIndexPageTest.run("b", "2026-11-25T10:15:00Z", Map.of("sport", 2L), 0, 0),
                RunIndexPageTest.run("a", "2026-11-24T09:00:00Z", Map.of("sport", 5L), 0, 0));
        RunTrend trend = RunTrend.of(newestFirst);
        assertThat(trend.labels()).containsExactly("11-24 09:00", "11-25 10:15");
        assertThat(trend.values(r -> r.counts().categories.get("sport"))).containsExactly(5, 2);
    }

    @Test
    void manyRunsAreAddedUpPerDayWithEmptyDaysAsZero() {
        List<RunSummary> newestFirst = new ArrayList<>();
        for (int i = RunTrend.MAX_RUN_POINTS + 9; i >= 0; i--) {
            int day = i < 40 ? 1 : 3;
            String time = String.format(Locale.ROOT, "2026-11-%02dT%02d:%02d:00Z", day, i / 60 % 24, i % 60);
            newestFirst.add(RunIndexPageTest.run("r" + i, time, Map.of("sport", 1L), 0, 0));
        }
        RunTrend trend = RunTrend.of(newestFirst);
        assertThat(trend.labels()).containsExactly("2026-11-01", "2026-11-02", "2026-11-03");
        assertThat(trend.values(r -> r.counts().categories.get("sport"))).containsExactly(40, 0, RunTrend.MAX_RUN_POINTS + 10 - 40);
        assertThat(trend.explanation()).contains("per UTC day");
    }
}

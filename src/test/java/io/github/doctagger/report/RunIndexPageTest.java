package io.github.doctagger.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctagger.model.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunIndexPageTest {
    @TempDir
    Path reports;

    static RunSummary run(String id, String started, Map<String, Long> categories, long untagged, long errors) {
        RunCounts counts = new RunCounts();
        counts.categories.putAll(categories);
        counts.untagged = untagged;
        counts.classified = categories.values().stream().mapToLong(Long::longValue).sum() + untagged;
        counts.seen = counts.classified + errors;
        if (errors > 0) {
            counts.errors.put("binary", errors);
        }
        return new RunSummary(id, "/elsewhere/" + id, "m-1", "2026-11-01T00:00:00Z", 0.9, "/data/in", "doctagger classify",
                started, started, 1.5, 10, 0.1, 2, 1, false, counts, errors > 0 ? "finished-with-errors" : "ok");
    }

    private void write(RunSummary run, boolean withSummary) throws Exception {
        Path dir = reports.resolve(run.runId());
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(RunReports.RUN_FILE), Json.mapper().writeValueAsString(run));
        if (withSummary) {
            Files.writeString(dir.resolve(RunSummaryPage.FILE), "<html></html>");
        }
    }

    @Test
    void listsCompletedRunsNewestFirstWithTheirCountsAndATrend() throws Exception {
        write(run("20261124T080000Z", "2026-11-24T08:00:00Z", Map.of("sport", 4L, "weather", 1L), 2, 0), true);
        write(run("20261125T080000Z", "2026-11-25T08:00:00Z", Map.of("sport", 6L, "weather", 0L), 1, 3), true);
        write(run("20261126T080000Z", "2026-11-26T08:00:00Z", Map.of("sport", 2L, "weather", 5L), 0, 0), false);
        Files.createDirectories(reports.resolve("20261126T090000Z"));
        Files.createDirectories(reports.resolve(".doctagger"));
        Files.createSymbolicLink(reports.resolve("latest"), Path.of("20261126T080000Z"));

        RunIndexPage.write(reports);
        String html = Files.readString(reports.resolve(RunIndexPage.FILE), StandardCharsets.UTF_8);

        assertThat(html).contains("3 runs").contains("doctagger runs")
                .contains("<a href=\"20261126T080000Z/run.json\">20261126T080000Z</a>")
                .contains("<a href=\"20261125T080000Z/summary.html\">20261125T080000Z</a>")
                .doesNotContain("20261126T090000Z");
        assertThat(html.indexOf(">20261126T080000Z</a></td>")).isLessThan(html.indexOf(">20261125T080000Z</a></td>"));
        assertThat(html).contains("aria-label=\"Tagged documents per category over time\"")
                .contains("sport · 11-25 08:00: 6").contains("weather · 11-26 08:00: 5").contains("errors · 11-25 08:00: 3")
                .contains("One point per run");
    }

    @Test
    void saysSoWhenThereIsNoRunYet() throws Exception {
        RunIndexPage.write(reports);
        assertThat(Files.readString(reports.resolve(RunIndexPage.FILE))).contains("No completed run yet");
    }

    @Test
    void leavesOutARunFileItCannotRead() throws Exception {
        write(run("20261124T080000Z", "2026-11-24T08:00:00Z", Map.of("sport", 4L), 0, 0), true);
        Files.createDirectories(reports.resolve("20261125T080000Z"));
        Files.writeString(reports.resolve("20261125T080000Z/run.json"), "{ broken");
        assertThat(RunIndexPage.readRuns(reports)).extracting(RunSummary::runId).containsExactly("20261124T080000Z");
    }
}

package io.github.doctagger.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The points of the index's trend chart, oldest first: one per run while there are few runs,
 * otherwise one per UTC day (days without a run count zero, so a stopped feed shows as a gap).
 */
final class RunTrend {
    /** Up to this many runs, each run is a point. */
    static final int MAX_RUN_POINTS = 60;
    /** With more runs, the most recent days shown. */
    static final int MAX_DAYS = 120;

    private final List<String> labels;
    private final List<List<RunSummary>> groups;
    private final String explanation;

    private RunTrend(List<String> labels, List<List<RunSummary>> groups, String explanation) {
        this.labels = labels;
        this.groups = groups;
        this.explanation = explanation;
    }

    /** The points for these runs (newest first, as the index lists them). */
    static RunTrend of(List<RunSummary> newestFirst) {
        List<RunSummary> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        if (oldestFirst.size() <= MAX_RUN_POINTS) {
            List<String> labels = new ArrayList<>();
            List<List<RunSummary>> groups = new ArrayList<>();
            for (RunSummary run : oldestFirst) {
                labels.add(shortTime(run));
                groups.add(List.of(run));
            }
            return new RunTrend(labels, groups, "One point per run (UTC start time).");
        }
        Map<String, List<RunSummary>> byDay = new LinkedHashMap<>();
        for (RunSummary run : oldestFirst) {
            byDay.computeIfAbsent(day(run), d -> new ArrayList<>()).add(run);
        }
        List<String> days = fillGaps(new ArrayList<>(byDay.keySet()));
        days = days.subList(Math.max(0, days.size() - MAX_DAYS), days.size());
        List<List<RunSummary>> groups = new ArrayList<>();
        for (String d : days) {
            groups.add(byDay.getOrDefault(d, List.of()));
        }
        return new RunTrend(days, groups, "One point per UTC day, adding up that day's runs"
                + (days.size() == MAX_DAYS ? " (the last " + MAX_DAYS + " days)." : "."));
    }

    List<String> labels() {
        return labels;
    }

    /** The value of every point: {@code value} added up over the point's runs. */
    long[] values(ToLongFunction<RunSummary> value) {
        long[] values = new long[groups.size()];
        for (int i = 0; i < values.length; i++) {
            for (RunSummary run : groups.get(i)) {
                values[i] += value.applyAsLong(run);
            }
        }
        return values;
    }

    /** A sentence saying what a point is. */
    String explanation() {
        return explanation;
    }

    private static String shortTime(RunSummary run) {
        String t = run.startedAt();
        return t != null && t.length() >= 16 && t.charAt(10) == 'T' ? t.substring(5, 10) + " " + t.substring(11, 16) : run.runId();
    }

    private static String day(RunSummary run) {
        String t = run.startedAt();
        return t != null && t.length() >= 10 ? t.substring(0, 10) : run.runId().substring(0, Math.min(8, run.runId().length()));
    }

    /** The days from the first to the last, every one of them (unparseable days are kept as they are). */
    private static List<String> fillGaps(List<String> days) {
        try {
            LocalDate first = LocalDate.parse(days.get(0));
            LocalDate last = LocalDate.parse(days.get(days.size() - 1));
            List<String> all = new ArrayList<>();
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                all.add(d.toString());
            }
            return all;
        } catch (DateTimeParseException e) {
            return days;
        }
    }
}

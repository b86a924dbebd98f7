package io.github.doctagger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes small labelled corpora for tests: documents drawn from per-topic word lists with a
 * fixed seed, so every test gets the same data and a model can actually learn it.
 */
public final class TestCorpus {
    private static final String[] BORDER = {"border", "guards", "checkpoint", "crossing", "frontier", "patrol",
            "fence", "smuggling", "customs", "boundary", "infiltration", "posts"};
    private static final String[] CYBER = {"hackers", "ransomware", "breach", "malware", "servers", "phishing",
            "encryption", "attackers", "network", "vulnerability", "patch", "passwords"};
    private static final String[] SPORT = {"match", "goal", "striker", "league", "coach", "season", "fans",
            "stadium", "trophy", "penalty", "midfield", "referee"};
    private static final String[] COMMON = {"the", "said", "on", "officials", "in", "after", "a", "with", "of",
            "week", "new", "report", "local", "and", "for", "by", "on", "statement"};

    private TestCorpus() {
    }

    /** Seeds plus labels/seeds.csv and labels/categories.csv under {@code root}; returns root. */
    public static Path write(Path root, int perTopic, long seed) throws IOException {
        Path seeds = Files.createDirectories(root.resolve("seeds"));
        Path labels = Files.createDirectories(root.resolve("labels"));
        Random random = new Random(seed);
        List<String> rows = new ArrayList<>();
        rows.add("document,labels");
        for (int i = 0; i < perTopic; i++) {
            rows.add(document(seeds, "border/b" + i + ".txt", random, BORDER, null) + ",border-security");
            rows.add(document(seeds, "cyber/c" + i + ".txt", random, CYBER, null) + ",cyber-security");
            rows.add(document(seeds, "mixed/m" + i + ".txt", random, BORDER, CYBER) + ",border-security;cyber-security");
            rows.add(document(seeds, "sport/s" + i + ".txt", random, SPORT, null) + ",");
        }
        Files.write(labels.resolve("seeds.csv"), rows, StandardCharsets.UTF_8);
        Files.writeString(labels.resolve("categories.csv"), "id,name,description\n"
                + "border-security,Border security,Borders and their guards\n"
                + "cyber-security,Cyber security,Attacks on computers\n", StandardCharsets.UTF_8);
        return root;
    }

    /** One document's text about the given topics. */
    public static String text(Random random, String[] topic, String[] second) {
        StringBuilder text = new StringBuilder("Headline ").append(pick(random, topic)).append("\n\n");
        int words = 60 + random.nextInt(60);
        for (int w = 0; w < words; w++) {
            String[] source = random.nextInt(3) == 0 ? (second != null && random.nextBoolean() ? second : topic) : COMMON;
            text.append(pick(random, source)).append(w % 12 == 11 ? ".\n" : " ");
        }
        return text.toString();
    }

    /** Topic word lists, for tests that write incoming documents. */
    public static String[] border() {
        return BORDER.clone();
    }

    public static String[] cyber() {
        return CYBER.clone();
    }

    public static String[] sport() {
        return SPORT.clone();
    }

    private static String document(Path seeds, String id, Random random, String[] topic, String[] second) throws IOException {
        Path file = seeds.resolve(id);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text(random, topic, second), StandardCharsets.UTF_8);
        return id;
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}

package io.github.doctagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Tiny generated news for tests: short documents in three categories drawn from fixed word
 * pools with a fixed seed, a seed corpus with its labels, and a model trained from it through
 * the public command line. The same seed always gives the same bytes.
 */
public final class GeneratedNews {
    /** Category ids, in the order of {@link #WORDS}. */
    public static final List<String> CATEGORIES = List.of("markets", "sport", "weather");
    private static final String[][] WORDS = {
        {"shares", "stocks", "investors", "bonds", "earnings", "dividend", "exchange", "traders", "index", "rally",
            "profit", "quarter", "bank", "currency", "inflation"},
        {"match", "goal", "striker", "coach", "season", "league", "tournament", "referee", "stadium", "fans",
            "championship", "team", "penalty", "victory", "defender"},
        {"storm", "rain", "forecast", "temperatures", "wind", "flooding", "snow", "drought", "heatwave", "clouds",
            "meteorologists", "humidity", "showers", "frost", "hurricane"},
    };
    private static final String[] COMMON = {"the", "said", "on", "in", "after", "with", "new", "week", "officials",
        "report", "city", "year", "for", "and", "a"};

    private GeneratedNews() {
    }

    /** A document of about 40 words about {@code category}; {@code n} picks which one. */
    public static String document(String category, long n) {
        String[] topic = WORDS[CATEGORIES.indexOf(category)];
        Random random = new Random(31L * n + category.hashCode());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            String[] pool = random.nextInt(3) == 0 ? COMMON : topic;
            text.append(pool[random.nextInt(pool.length)]).append(i % 12 == 11 ? ".\n" : " ");
        }
        return text.append(".\n").toString();
    }

    /** The category of the {@code n}-th generated incoming document (round robin). */
    public static String categoryOf(long n) {
        return CATEGORIES.get((int) (n % CATEGORIES.size()));
    }

    /**
     * Writes {@code count} incoming documents into {@code dir}, spread over sub-folders of 1,000,
     * named {@code d<folder>/doc-<n>.txt}.
     */
    public static void writeIncoming(Path dir, int count) throws IOException {
        for (int n = 0; n < count; n++) {
            Path folder = dir.resolve(String.format("d%03d", n / 1000));
            if (n % 1000 == 0) {
                Files.createDirectories(folder);
            }
            Files.writeString(folder.resolve(String.format("doc-%06d.txt", n)), document(categoryOf(n), n + 1_000_000L),
                    StandardCharsets.UTF_8);
        }
    }

    /**
     * Trains a model into {@code work/model} from 12 generated seeds per category; returns the
     * model folder. {@code seed} is the training seed: another seed gives another model id.
     */
    public static Path trainModel(Path work, long seed) throws IOException {
        Path seeds = work.resolve("seeds");
        StringBuilder labels = new StringBuilder("document,labels\n");
        for (String category : CATEGORIES) {
            Files.createDirectories(seeds.resolve(category));
            for (int n = 0; n < 12; n++) {
                String name = category + "/" + n + ".txt";
                Files.writeString(seeds.resolve(name), document(category, n), StandardCharsets.UTF_8);
                labels.append(name).append(',').append(category).append('\n');
            }
        }
        Path labelFile = work.resolve("labels.csv");
        Files.writeString(labelFile, labels, StandardCharsets.UTF_8);
        Path model = work.resolve("model-" + seed);
        Cli.Run trained = Cli.run("train", "--seeds", seeds.toString(), "--labels", labelFile.toString(),
                "--model", model.toString(), "--folds", "3", "--seed", Long.toString(seed), "--threads", "1", "--quiet");
        assertThat(trained.exit()).as("train: %s", trained).isZero();
        return model;
    }

    /** The arguments of {@code doctagger classify --model M --input I --reports R extra...}. */
    public static String[] classifyArgs(Path model, Path input, Path reports, String... extra) {
        List<String> args = new ArrayList<>(List.of("classify", "--model", model.toString(), "--input", input.toString(),
                "--reports", reports.toString()));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }
}

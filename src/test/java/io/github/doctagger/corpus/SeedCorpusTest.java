package io.github.doctagger.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Guards the shipped seed corpus (seeds/, labels/): complete, balanced, no near-duplicates. */
class SeedCorpusTest {
    private static final Path SEEDS = Path.of("seeds");
    private static final Path LABELS = Path.of("labels");

    private static LabelledCorpus corpus() throws Exception {
        return LabelledCorpus.load(SEEDS, LabelledCorpus.defaultLabelFiles(LABELS), Taxonomy.read(LABELS.resolve("categories.csv")));
    }

    @Test
    void everySeedFileIsListedExactlyOnce() throws Exception {
        Set<String> listed = new HashSet<>();
        for (LabelledDocument d : corpus().documents()) {
            listed.add(d.id());
        }
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(SEEDS)) {
            onDisk = files.filter(Files::isRegularFile).map(p -> SEEDS.relativize(p).toString().replace('\\', '/')).toList();
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(onDisk);
    }

    @Test
    void everyCategoryHasThirtyDocumentsAndThereAreEightyNegatives() throws Exception {
        LabelledCorpus corpus = corpus();
        Map<String, Integer> counts = new TreeMap<>();
        int negatives = 0;
        int multi = 0;
        int security = 0;
        for (LabelledDocument d : corpus.documents()) {
            d.labels().forEach(l -> counts.merge(l, 1, Integer::sum));
            negatives += d.labels().isEmpty() ? 1 : 0;
            security += d.labels().isEmpty() ? 0 : 1;
            multi += d.labels().size() > 1 ? 1 : 0;
        }
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(corpus.taxonomy().ids());
        assertThat(counts.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(30));
        assertThat(negatives).isGreaterThanOrEqualTo(80);
        assertThat(multi).isGreaterThanOrEqualTo(security / 4);
    }

    @Test
    void documentsAreBetween100And600WordsAndNoTwoAreNearDuplicates() throws Exception {
        LabelledCorpus corpus = corpus();
        List<Set<String>> shingles = new ArrayList<>();
        for (LabelledCorpus.SeedText text : corpus.readTexts(1 << 20)) {
            String[] words = text.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
            long count = java.util.Arrays.stream(words).filter(w -> !w.isEmpty()).count();
            assertThat(count).isBetween(90L, 650L);
            Set<String> set = new HashSet<>();
            for (int i = 0; i + 3 <= words.length; i++) {
                set.add(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]);
            }
            shingles.add(set);
        }
        for (int i = 0; i < shingles.size(); i++) {
            for (int j = i + 1; j < shingles.size(); j++) {
                Set<String> a = shingles.get(i);
                Set<String> b = shingles.get(j);
                long common = a.stream().filter(b::contains).count();
                double jaccard = (double) common / (a.size() + b.size() - common);
                assertThat(jaccard).as("%s vs %s", corpus.documents().get(i).id(), corpus.documents().get(j).id())
                        .isLessThanOrEqualTo(0.5);
            }
        }
    }
}

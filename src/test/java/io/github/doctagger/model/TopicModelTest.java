package io.github.doctagger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.doctagger.TestCorpus;
import io.github.doctagger.corpus.LabelledCorpus;
import io.github.doctagger.corpus.Taxonomy;
import io.github.doctagger.text.FeatureVector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Feature;
import org.tribuo.Prediction;
import org.tribuo.impl.ListExample;
import org.tribuo.multilabel.MultiLabel;

class TopicModelTest {
    @TempDir
    static Path dir;
    static TrainingRun.Outcome trained;

    @BeforeAll
    static void train() throws Exception {
        TestCorpus.write(dir, 25, 7);
        trained = TrainingRun.run(dir.resolve("seeds"), List.of(dir.resolve("labels/seeds.csv")),
                dir.resolve("labels/categories.csv"), dir.resolve("model"), null, TrainingSettings.defaults(), 2, "doctagger test");
    }

    private static List<String> probes() {
        Random random = new Random(99);
        return List.of(TestCorpus.text(random, TestCorpus.border(), null), TestCorpus.text(random, TestCorpus.cyber(), null),
                TestCorpus.text(random, TestCorpus.border(), TestCorpus.cyber()), TestCorpus.text(random, TestCorpus.sport(), null));
    }

    @Test
    void learnsTheTopicsAndLeavesUnrelatedTextUntagged() {
        TopicModel model = trained.model();
        List<String> ids = model.taxonomy().ids();
        List<String> texts = probes();
        String[][] expected = {{"border-security"}, {"cyber-security"}, {"border-security", "cyber-security"}, {}};
        for (int i = 0; i < texts.size(); i++) {
            int[] chosen = model.decide(model.scores(model.newExtractor().extract(texts.get(i))));
            assertThat(java.util.Arrays.stream(chosen).mapToObj(ids::get).toList()).as(texts.get(i)).containsExactly(expected[i]);
        }
        assertThat(trained.crossValidation().microF1()).isGreaterThan(0.9);
    }

    @Test
    void savedModelGivesExactlyTheSameScoresAfterLoading() throws Exception {
        TopicModel loaded = ModelStore.read(dir.resolve("model"));
        assertThat(loaded.id()).isEqualTo(trained.model().id());
        for (String text : probes()) {
            double[] before = trained.model().scores(trained.model().newExtractor().extract(text));
            double[] after = loaded.scores(loaded.newExtractor().extract(text));
            assertThat(after).containsExactly(before);
        }
        assertThat(loaded.thresholds().toArray()).containsExactly(trained.model().thresholds().toArray());
    }

    @Test
    void fastScoringAgreesWithTribuosOwnPredict() throws Exception {
        assertAgreesWithTribuo(trained.model());
        assertAgreesWithTribuo(ModelStore.read(dir.resolve("model"))); // model.tribuo as saved
    }

    private static void assertAgreesWithTribuo(TopicModel model) {
        for (String text : probes()) {
            FeatureVector v = model.newExtractor().extract(text);
            ListExample<MultiLabel> example = new ListExample<>(new MultiLabel(java.util.Set.of()));
            for (int i = 0; i < v.size(); i++) {
                example.add(new Feature(model.vocabulary().term(v.id(i)), v.value(i)));
            }
            Prediction<MultiLabel> prediction = model.tribuoModel().predict(example);
            double[] ours = model.scores(v);
            List<String> ids = model.taxonomy().ids();
            for (int k = 0; k < ids.size(); k++) {
                double tribuo = prediction.getOutputScores().get(ids.get(k)).getLabelSet().iterator().next().getScore();
                assertThat(ours[k]).isCloseTo(tribuo, within(1e-9));
            }
        }
    }

    @Test
    void evidenceNamesTheTopicWords() {
        TopicModel model = trained.model();
        FeatureVector v = model.newExtractor().extract(probes().get(0));
        List<Evidence> evidence = model.evidence(v, model.taxonomy().ids().indexOf("border-security"), 5);
        assertThat(evidence).isNotEmpty().allSatisfy(e -> assertThat(e.contribution()).isPositive());
        assertThat(evidence.get(0).term()).containsAnyOf(TestCorpus.border());
    }

    @Test
    void corruptOrIncompleteModelsAreRefusedWithAClearMessage() throws Exception {
        Path copy = dir.resolve("corrupt");
        copyTree(dir.resolve("model"), copy);
        Path vocabulary = copy.resolve(ModelStore.VOCABULARY_FILE);
        Files.writeString(vocabulary, Files.readString(vocabulary).replace("border", "bordex"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ModelStore.read(copy)).isInstanceOf(ModelException.class)
                .hasMessageContaining("vocabulary.tsv is corrupt").hasMessageContaining("retrain");

        Path incomplete = dir.resolve("incomplete");
        copyTree(dir.resolve("model"), incomplete);
        Files.delete(incomplete.resolve(ModelStore.TRIBUO_FILE));
        assertThatThrownBy(() -> ModelStore.read(incomplete)).isInstanceOf(ModelException.class)
                .hasMessageContaining("model.tribuo is missing");

        Path truncated = dir.resolve("truncated");
        copyTree(dir.resolve("model"), truncated);
        Files.delete(truncated.resolve(ModelStore.MANIFEST_FILE));
        byte[] bytes = Files.readAllBytes(truncated.resolve(ModelStore.TRIBUO_FILE));
        Files.write(truncated.resolve(ModelStore.TRIBUO_FILE), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> ModelStore.read(truncated)).isInstanceOf(ModelException.class);

        assertThatThrownBy(() -> ModelStore.read(dir.resolve("nothing-here"))).isInstanceOf(ModelException.class)
                .hasMessageContaining("no model at");
    }

    @Test
    void theSameDataAndSeedGiveTheSameModel() throws Exception {
        TrainingRun.Outcome again = TrainingRun.run(dir.resolve("seeds"), List.of(dir.resolve("labels/seeds.csv")),
                dir.resolve("labels/categories.csv"), dir.resolve("model-again"), null, TrainingSettings.defaults(), 1,
                "doctagger test");
        assertThat(again.model().id()).isEqualTo(trained.model().id());
        assertThat(Files.readString(dir.resolve("model-again/vocabulary.tsv"))).isEqualTo(Files.readString(dir.resolve("model/vocabulary.tsv")));
        for (String text : probes()) {
            assertThat(again.model().scores(again.model().newExtractor().extract(text)))
                    .containsExactly(trained.model().scores(trained.model().newExtractor().extract(text)));
        }
    }

    @Test
    void singleLabelCorporaDecideTheBestCategory() throws Exception {
        LabelledCorpus corpus = LabelledCorpus.load(dir.resolve("seeds"), List.of(dir.resolve("labels/seeds.csv")),
                Taxonomy.read(dir.resolve("labels/categories.csv")));
        assertThat(corpus.singleLabel()).isFalse();
        assertThat(trained.model().decisionRule()).isEqualTo(DecisionRule.THRESHOLDS);
    }

    private static void copyTree(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}

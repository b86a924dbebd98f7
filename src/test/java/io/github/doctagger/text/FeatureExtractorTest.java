package io.github.doctagger.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureExtractorTest {
    private final FeatureConfig config = FeatureConfig.defaults().withMinDf(1);
    private final List<String> texts = List.of("border guards patrol the border", "guards at the crossing", "the match");

    @Test
    void buildsUnigramsAndBigramsWithDocumentFrequencies() {
        Vocabulary vocabulary = new VocabularyBuilder(config).build(texts);
        assertThat(vocabulary.size()).isEqualTo(15);
        assertThat(vocabulary.id(Tokenizer.bigram(Tokenizer.hash("border"), Tokenizer.hash("guards")))).isNotNegative();
        assertThat(vocabulary.term(vocabulary.id(Tokenizer.hash("the")))).isEqualTo("the");
        assertThat(vocabulary.idf(vocabulary.id(Tokenizer.hash("the"))))
                .isLessThan(vocabulary.idf(vocabulary.id(Tokenizer.hash("patrol"))));
    }

    @Test
    void minimumDocumentFrequencyPrunesRareTerms() {
        Vocabulary vocabulary = new VocabularyBuilder(config.withMinDf(2)).build(texts);
        assertThat(List.of(vocabulary.term(0), vocabulary.term(1))).containsExactly("the", "guards");
        assertThat(vocabulary.size()).isEqualTo(2);
    }

    @Test
    void vectorsAreSortedSublinearTfIdfWithUnitLength() {
        Vocabulary vocabulary = new VocabularyBuilder(config).build(texts);
        FeatureVector v = new FeatureExtractor(config, vocabulary).extract("Border border GUARDS unknownword");
        double norm = 0;
        for (int i = 0; i < v.size(); i++) {
            norm += v.value(i) * v.value(i);
            if (i > 0) {
                assertThat(v.id(i)).isGreaterThan(v.id(i - 1));
            }
        }
        assertThat(norm).isCloseTo(1.0, within(1e-12));
        int border = vocabulary.id(Tokenizer.hash("border"));
        int guards = vocabulary.id(Tokenizer.hash("guards"));
        double ratio = value(v, border) / value(v, guards);
        double expected = (1 + Math.log(2)) * vocabulary.idf(border) / vocabulary.idf(guards);
        assertThat(ratio).isCloseTo(expected, within(1e-12));
    }

    @Test
    void aShortFirstLineCountsAsAHeadlineButAParagraphDoesNot() {
        Vocabulary vocabulary = new VocabularyBuilder(config).build(texts);
        int border = vocabulary.id(Tokenizer.hash("border"));
        int guards = vocabulary.id(Tokenizer.hash("guards"));
        FeatureExtractor plain = new FeatureExtractor(config.withHeadlineWeight(1), vocabulary);
        FeatureExtractor weighted = new FeatureExtractor(config.withHeadlineWeight(3), vocabulary);
        String news = "Border closed\n\nguards said";
        double plainRatio = value(plain.extract(news), border) / value(plain.extract(news), guards);
        double weightedRatio = value(weighted.extract(news), border) / value(weighted.extract(news), guards);
        assertThat(weightedRatio).isCloseTo(plainRatio * (1 + Math.log(3)), within(1e-12));
        long borderGuards = Tokenizer.bigram(Tokenizer.hash("border"), Tokenizer.hash("guards"));
        long guardsPatrol = Tokenizer.bigram(Tokenizer.hash("guards"), Tokenizer.hash("patrol"));
        int inHeadline = vocabulary.id(borderGuards);
        int acrossTheBreak = vocabulary.id(guardsPatrol);
        String twoLines = "Border guards\npatrol";
        assertThat(value(weighted.extract(twoLines), inHeadline) / value(weighted.extract(twoLines), acrossTheBreak))
                .as("a bigram inside the headline counts three times, the one across the line break once")
                .isCloseTo((1 + Math.log(3)) * vocabulary.idf(inHeadline) / vocabulary.idf(acrossTheBreak), within(1e-12));
        String paragraph = "border guards ".repeat(20) + "\nmore";
        FeatureVector a = plain.extract(paragraph).copy();
        FeatureVector b = weighted.extract(paragraph);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.value(i)).isEqualTo(a.value(i));
        }
    }

    @Test
    void vocabularyRoundTripsThroughItsFile(@TempDir Path dir) throws Exception {
        Vocabulary vocabulary = new VocabularyBuilder(config).build(texts);
        vocabulary.write(dir.resolve("v.tsv"));
        Vocabulary read = Vocabulary.read(dir.resolve("v.tsv"));
        FeatureVector a = new FeatureExtractor(config, vocabulary).extract(texts.get(0)).copy();
        FeatureVector b = new FeatureExtractor(config, read).extract(texts.get(0));
        assertThat(b.size()).isEqualTo(a.size());
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.id(i)).isEqualTo(a.id(i));
            assertThat(b.value(i)).isEqualTo(a.value(i));
        }
    }

    private static double value(FeatureVector v, int id) {
        for (int i = 0; i < v.size(); i++) {
            if (v.id(i) == id) {
                return v.value(i);
            }
        }
        return 0;
    }
}

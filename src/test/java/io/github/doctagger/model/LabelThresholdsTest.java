package io.github.doctagger.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelThresholdsTest {
    @Test
    void choosesTheCutThatMaximisesF1MidwayBetweenScores() {
        double[][] scores = {{0.9}, {0.8}, {0.4}, {0.3}, {0.1}};
        boolean[][] truth = {{true}, {true}, {false}, {true}, {false}};
        // Cut after 0.8: P=1 R=2/3 F1=0.8; after 0.3: P=3/4 R=1 F1=0.857 -> best, threshold (0.3+0.1)/2.
        assertThat(LabelThresholds.fit(scores, truth, null).get(0)).isEqualTo(0.2);
    }

    @Test
    void categoryWithoutPositivesIsNeverAssigned() {
        double[][] scores = {{0.9}, {0.1}};
        boolean[][] truth = {{false}, {false}};
        assertThat(LabelThresholds.fit(scores, truth, null).get(0)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void hopelessCategoryGetsAThresholdAboveEveryScore() {
        double[][] scores = new double[20][1];
        boolean[][] truth = new boolean[20][1];
        for (int i = 0; i < 20; i++) {
            scores[i][0] = 1.0 - i / 20.0;
        }
        truth[19][0] = true;
        assertThat(LabelThresholds.fit(scores, truth, null).get(0)).isGreaterThan(1.0);
    }

    @Test
    void excludedDocumentsDoNotInfluenceTheThreshold() {
        double[][] scores = {{0.9}, {0.5}, {0.2}};
        boolean[][] truth = {{true}, {false}, {true}};
        double all = LabelThresholds.fit(scores, truth, null).get(0);
        double withoutLast = LabelThresholds.fit(scores, truth, new boolean[] {true, true, false}).get(0);
        assertThat(all).isEqualTo(0.2);
        assertThat(withoutLast).isEqualTo(0.7);
    }
}

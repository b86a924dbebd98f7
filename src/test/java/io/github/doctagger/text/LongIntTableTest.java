package io.github.doctagger.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongIntTableTest {
    @Test
    void behavesLikeAHashMapThroughGrowthIncludingKeyZero() {
        LongIntTable table = new LongIntTable(4);
        Map<Long, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 50_000; i++) {
            long key = i % 1000 == 0 ? 0L : random.nextLong(1_000_000) - 500_000;
            expected.merge(key, 1, Integer::sum);
            table.add(key, 1);
        }
        assertThat(table.size()).isEqualTo(expected.size());
        expected.forEach((k, v) -> assertThat(table.get(k)).isEqualTo(v));
        assertThat(table.get(123_456_789L)).isEqualTo(-1);
        Map<Long, Integer> visited = new HashMap<>();
        table.forEach(visited::put);
        assertThat(visited).isEqualTo(expected);
    }
}

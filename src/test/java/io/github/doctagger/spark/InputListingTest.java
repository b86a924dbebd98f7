package io.github.doctagger.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputListingTest {

    @Test
    void cutsFilesIntoContiguousSlicesOfAboutEqualWork() {
        List<InputFile> files = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            files.add(new InputFile(String.format("doc-%03d.txt", i), "file:/in/doc-" + i, i < 10 ? 200_000 : 1_000));
        }
        List<List<InputFile>> slices = InputListing.slices(files, 4);

        assertThat(slices).hasSize(4);
        assertThat(slices.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(files);
        // The ten large files are about as much work as the ninety small ones.
        assertThat(slices.get(0)).hasSizeLessThan(10);
        assertThat(slices.get(3)).hasSizeGreaterThan(30);
    }

    @Test
    void makesNoMoreSlicesThanFiles() {
        List<InputFile> files = List.of(new InputFile("a", "file:/in/a", 10), new InputFile("b", "file:/in/b", 0));
        assertThat(InputListing.slices(files, 8)).hasSize(2);
        assertThat(InputListing.slices(List.of(), 8)).isEmpty();
    }
}

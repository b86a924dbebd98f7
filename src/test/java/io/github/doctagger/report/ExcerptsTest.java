package io.github.doctagger.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.doctagger.corpus.Category;
import io.github.doctagger.corpus.Taxonomy;
import io.github.doctagger.model.DocumentResult;
import io.github.doctagger.model.Evidence;
import io.github.doctagger.model.ModelStore;
import io.github.doctagger.text.Tokenizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcerptsTest {
    private final CategoryStyle style = new CategoryStyle(new Taxonomy(List.of(new Category("border", "Border", ""),
            new Category("crime", "Crime", ""))));
    private final Excerpts excerpts = new Excerpts(new Tokenizer(2, 40), style);
    private final Map<String, List<Evidence>> evidence = Map.of(
            "border", List.of(new Evidence("the frontier", 0.2), new Evidence("guards", 0.1)),
            "crime", List.of(new Evidence("smugglers", 0.15)));

    @TempDir
    Path dir;

    @Test
    void marksUnigramsAndBigramsInTheirCategorysColourAndEscapesTheRest() {
        String html = excerpts.highlight("Border Guards said <script>x</script> the smugglers crossed THE  FRONTIER.", evidence);
        assertThat(html).contains("<mark class=\"cat0\" title=\"Border: guards (+0.100)\">Guards</mark>")
                .contains("<mark class=\"cat1\" title=\"Crime: smugglers (+0.150)\">smugglers</mark>")
                .contains("<mark class=\"cat0\" title=\"Border: the frontier (+0.200)\">THE FRONTIER</mark>")
                .contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>");
    }

    @Test
    void showsTheStretchOfALongTextWhereTheEvidenceIs() {
        String text = "Nothing here. ".repeat(200) + "Then the smugglers met the guards at the frontier." + " More filler.".repeat(200);
        String html = excerpts.highlight(text, evidence);
        assertThat(html).startsWith("… ").endsWith(" …").contains(">smugglers</mark>").contains(">guards</mark>");
        assertThat(html.replaceAll("<[^>]+>", "").length()).isLessThanOrEqualTo(Excerpts.LENGTH + 10);
        assertThat(excerpts.highlight("Short text.\n\nSecond paragraph.", Map.of()))
                .isEqualTo("Short text. <span class=\"para\">¶</span> Second paragraph.");
    }

    @Test
    void readsOnlyTheFileThatWasClassifiedAndOnlyInsideTheInputFolder() throws Exception {
        Path file = dir.resolve("in/a.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "guards at the frontier", StandardCharsets.UTF_8);
        DocumentResult result = new DocumentResult("a.txt", ModelStore.sha256(file), Files.size(file), "UTF-8", false, "m",
                new double[] {1, -1}, List.of("border"), evidence);
        Path input = dir.resolve("in");
        assertThat(excerpts.read(input, Excerpts.locate(input, "a.txt"), result)).contains(">guards</mark>");

        Files.writeString(file, "guards at the border!", StandardCharsets.UTF_8);
        assertThat(excerpts.read(input, Excerpts.locate(input, "a.txt"), result)).as("same size, other bytes").isNull();
        assertThat(Excerpts.locate(input, "../secret.txt")).isNull();
        assertThat(excerpts.read(input, input.resolve("missing.txt"), result)).isNull();
        Files.writeString(dir.resolve("outside.txt"), "guards at the frontier", StandardCharsets.UTF_8);
        Files.createSymbolicLink(input.resolve("link.txt"), dir.resolve("outside.txt"));
        assertThat(excerpts.read(input, Excerpts.locate(input, "link.txt"), result)).as("link leading outside").isNull();
    }
}

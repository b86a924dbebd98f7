package io.github.doctagger.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledCorpusTest {
    @TempDir
    Path dir;
    Path seeds;
    Path labels;

    @BeforeEach
    void seeds() throws IOException {
        seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.createDirectories(seeds.resolve("a"));
        Files.writeString(seeds.resolve("a/one.txt"), "border guards patrol the frontier");
        Files.writeString(seeds.resolve("two.txt"), "the match ended in a draw");
        labels = Files.createDirectories(dir.resolve("labels"));
    }

    private Path labelFile(String... lines) throws IOException {
        Path file = labels.resolve("seeds.csv");
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file;
    }

    private CorpusException problem(Path file, Taxonomy taxonomy) {
        return (CorpusException) org.assertj.core.api.Assertions.catchThrowable(
                () -> LabelledCorpus.load(seeds, List.of(file), taxonomy));
    }

    @Test
    void loadsDocumentsSortedWithEmptyLabelsAsNegatives() throws Exception {
        Path file = labelFile("document,labels", "two.txt,", "a/one.txt,border-security;terrorism");
        LabelledCorpus corpus = LabelledCorpus.load(seeds, List.of(file), null);
        assertThat(corpus.documents()).extracting(LabelledDocument::id).containsExactly("a/one.txt", "two.txt");
        assertThat(corpus.documents().get(0).labels()).containsExactly("border-security", "terrorism");
        assertThat(corpus.documents().get(1).labels()).isEmpty();
        assertThat(corpus.categoryIds()).containsExactly("border-security", "terrorism");
    }

    @Test
    void readsRfc4180QuotingAndCrlf() throws Exception {
        Files.writeString(seeds.resolve("with, comma.txt"), "text here");
        Path file = labels.resolve("quoted.csv");
        Files.writeString(file, "document,labels\r\n\"with, comma.txt\",\"border-security\"\r\n");
        LabelledCorpus corpus = LabelledCorpus.load(seeds, List.of(file), null);
        assertThat(corpus.documents()).extracting(LabelledDocument::id).containsExactly("with, comma.txt");
    }

    @Test
    void documentListedTwiceNamesBothLines() throws IOException {
        Path file = labelFile("document,labels", "two.txt,", "two.txt,terrorism");
        assertThat(problem(file, null)).hasMessageContaining("seeds.csv:3:").hasMessageContaining("listed twice")
                .hasMessageContaining("seeds.csv:2");
    }

    @Test
    void missingFileIsNamedWithItsLine() throws IOException {
        Path file = labelFile("document,labels", "nothere.txt,terrorism");
        assertThat(problem(file, null)).hasMessageContaining("seeds.csv:2:").hasMessageContaining("'nothere.txt' does not exist");
    }

    @Test
    void pathEscapingTheSeedsFolderIsRefused() throws IOException {
        Files.writeString(dir.resolve("secret.txt"), "outside");
        Path file = labelFile("document,labels", "../secret.txt,terrorism", "/etc/passwd,terrorism");
        CorpusException e = problem(file, null);
        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems()).allSatisfy(p -> assertThat(p).contains("outside the seeds folder"));
    }

    @Test
    void unknownCategoryIsAnErrorWhenATaxonomyExists() throws IOException {
        Path file = labelFile("document,labels", "two.txt,terorism");
        Taxonomy taxonomy = Taxonomy.ofIds(List.of("terrorism"));
        assertThat(problem(file, taxonomy)).hasMessageContaining("seeds.csv:2:").hasMessageContaining("unknown category 'terorism'");
    }

    @Test
    void malformedRowsAreReportedTogether() throws IOException {
        Path file = labelFile("document,labels", "two.txt", "a/one.txt,terrorism,extra", "\"unterminated,x");
        CorpusException e = problem(file, null);
        assertThat(e.getMessage()).contains("unterminated quoted field");
        file = labelFile("document,labels", "two.txt", "a/one.txt,terrorism,extra");
        e = problem(file, null);
        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems().get(0)).contains("seeds.csv:2:").contains("expected 2 fields");
        assertThat(e.problems().get(1)).contains("seeds.csv:3:").contains("found 3");
    }

    @Test
    void wrongHeaderAndBadLabelIdsAreErrors() throws IOException {
        assertThat(problem(labelFile("file,tags", "two.txt,x"), null)).hasMessageContaining("expected the header document,labels");
        assertThat(problem(labelFile("document,labels", "two.txt,bad label"), null)).hasMessageContaining("invalid category 'bad label'");
        assertThat(problem(labelFile("document,labels", "two.txt,a;a"), null)).hasMessageContaining("'a' given twice");
    }

    @Test
    void binaryOrEmptySeedIsReportedBeforeTraining() throws Exception {
        Files.write(seeds.resolve("bin.dat"), new byte[] {1, 0, 2, 0, 0, 0, 3});
        Files.writeString(seeds.resolve("empty.txt"), "  \n");
        Path file = labelFile("document,labels", "bin.dat,x", "empty.txt,", "two.txt,x");
        LabelledCorpus corpus = LabelledCorpus.load(seeds, List.of(file), null);
        assertThatThrownBy(() -> corpus.readTexts(1 << 20)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("bin.dat: binary").hasMessageContaining("empty.txt: empty");
    }

    @Test
    void categoryWithoutSeedsIsAWarning() throws Exception {
        Path file = labelFile("document,labels", "two.txt,terrorism");
        Taxonomy taxonomy = Taxonomy.ofIds(List.of("terrorism", "migration"));
        LabelledCorpus corpus = LabelledCorpus.load(seeds, List.of(file), taxonomy);
        assertThat(corpus.warnings()).singleElement().asString().contains("'migration' has no seed documents");
    }

    @Test
    void taxonomyFileErrorsNameTheLine() throws IOException {
        Path file = labels.resolve("categories.csv");
        Files.writeString(file, "id,name,description\nterrorism,T,x\nterrorism,Again,y\nbad id,B,z\n");
        assertThatThrownBy(() -> Taxonomy.read(file)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("categories.csv:3: category 'terrorism' already defined on line 2")
                .hasMessageContaining("categories.csv:4: invalid category id 'bad id'");
    }

    @Test
    void defaultLabelFilesSkipTheTaxonomy() throws IOException {
        Files.writeString(labels.resolve("categories.csv"), "id,name,description\n");
        Files.writeString(labels.resolve("b.csv"), "document,labels\n");
        Files.writeString(labels.resolve("a.csv"), "document,labels\n");
        assertThat(LabelledCorpus.defaultLabelFiles(labels)).extracting(p -> p.getFileName().toString())
                .containsExactly("a.csv", "b.csv");
    }
}

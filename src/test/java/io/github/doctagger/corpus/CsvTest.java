package io.github.doctagger.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest {
    @TempDir
    Path dir;

    @Test
    void readsQuotedFieldsAcrossLinesAndSkipsBlankLinesAndAByteOrderMark() throws Exception {
        Path file = dir.resolve("a.csv");
        Files.writeString(file, "\uFEFFdocument,labels\r\n\"a, \"\"b\"\"\nc\",x;y\n\nlast,\n", StandardCharsets.UTF_8);
        List<Csv.Row> rows = Csv.read(file);
        assertThat(rows).containsExactly(new Csv.Row(1, List.of("document", "labels")),
                new Csv.Row(2, List.of("a, \"b\"\nc", "x;y")), new Csv.Row(5, List.of("last", "")));
    }

    @Test
    void streamsRecordsOneAtATime() throws Exception {
        Path file = dir.resolve("big.csv");
        StringBuilder text = new StringBuilder("document,error\n");
        for (int i = 0; i < 10_000; i++) {
            text.append("doc-").append(i).append(",\"line one\nline two\"\n");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        int count = 0;
        Csv.Row last = null;
        try (Csv.Records records = Csv.open(file)) {
            for (Csv.Row row = records.next(); row != null; row = records.next()) {
                count++;
                last = row;
            }
        }
        assertThat(count).isEqualTo(10_001);
        assertThat(last).isEqualTo(new Csv.Row(20_000, List.of("doc-9999", "line one\nline two")));
    }

    @Test
    void namesTheLineOfAMalformedRecord() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "a,b\nok,\"open\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Csv.read(file)).isInstanceOf(CorpusException.class).hasMessageContaining("bad.csv:2: unterminated");
        Files.writeString(file, "a,b\nx\"y,z\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Csv.read(file)).hasMessageContaining("bad.csv:2: quote inside an unquoted field");
        Files.writeString(file, "\"a\"b\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Csv.read(file)).hasMessageContaining("bad.csv:1: unexpected character after closing quote");
    }
}

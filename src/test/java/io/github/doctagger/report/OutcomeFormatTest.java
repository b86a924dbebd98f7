package io.github.doctagger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.doctagger.model.DocumentResult;
import io.github.doctagger.model.Evidence;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutcomeFormatTest {
    private final OutcomeFormat format = new OutcomeFormat(List.of("sport", "weather"));
    private final DocumentResult result = new DocumentResult("=HYPERLINK(\"http://x\")\t<b>.txt", "ab12", 42, "UTF-8", false,
            "m-1", new double[] {0.25, -0.75}, List.of("sport"), Map.of("sport", List.of(new Evidence("goal kick", 0.125))));

    @Test
    void csvNeutralisesFormulasWhileJsonLinesKeepTheExactName() throws IOException {
        assertThat(format.resultsCsvRow(result)).startsWith("\"'=HYPERLINK(\"\"http://x\"\")\t<b>.txt\",sport,m-1,ab12,42,");
        String line = format.resultsJsonLine(result);
        assertThat(line).contains("\"document\":\"=HYPERLINK(\\\"http://x\\\")\\t<b>.txt\"");
        DocumentResult back = format.readResultsJsonLine(line);
        assertThat(back.document()).isEqualTo(result.document());
        assertThat(back.scores()).containsExactly(0.25, -0.75);
        assertThat(back.labels()).containsExactly("sport");
        assertThat(back.evidence()).isEqualTo(result.evidence());
        assertThat(format.resultsJsonLine(back)).isEqualTo(line);
    }

    @Test
    void writesExactRowsInUtf8WithRoundedScores() {
        DocumentResult r = new DocumentResult("über/Ärger «1».txt", "ff00", 7, "windows-1252", true, "m-2",
                new double[] {-0.0000004, 1.2345675}, List.of("weather"),
                Map.of("weather", List.of(new Evidence("föhn", 0.5))));
        String csv = "über/Ärger «1».txt,weather,m-2,ff00,7,windows-1252,true,0.000000,1.234568\r\n";
        String json = "{\"document\":\"über/Ärger «1».txt\",\"sha256\":\"ff00\",\"bytes\":7,\"charset\":\"windows-1252\","
                + "\"truncated\":true,\"labels\":[{\"id\":\"weather\",\"score\":1.234568,\"evidence\":"
                + "[{\"term\":\"föhn\",\"contribution\":0.500000}]}],\"scores\":{\"sport\":0.000000,"
                + "\"weather\":1.234568},\"model\":\"m-2\"}\n";
        assertThat(format.resultsCsvRow(r)).isEqualTo(csv);
        assertThat(format.resultsJsonLine(r)).isEqualTo(json);
        OutcomeFormat.EncodedResult encoded = format.encode(r);
        assertThat(encoded.csvRow()).isEqualTo(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(encoded.jsonLine()).isEqualTo(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void refusesLinesThatAreNotResults() {
        assertThatThrownBy(() -> format.readResultsJsonLine("[1,2]")).isInstanceOf(IOException.class)
                .hasMessageContaining("not a results.jsonl line");
    }
}

package io.github.doctagger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ClassifyCommandTest {

    @Test
    void rejectsAnUnknownEngineWithTheUsageExitCode() {
        StringWriter err = new StringWriter();
        int exit = DocTagger.run(new String[] {"classify", "--engine", "hadoop"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(exit).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--engine must be local or spark");
    }

    @Test
    void documentsTheSparkEngineInItsHelp() {
        StringWriter out = new StringWriter();
        int exit = DocTagger.run(new String[] {"classify", "--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(exit).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("--engine", "--master", "--partitions");
    }
}

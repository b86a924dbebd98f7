package io.github.doctagger.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: a strict reader that reports file and line, and field quoting for writers. */
public final class Csv {
    private Csv() {
    }

    /** One record and the line it starts on (1-based). */
    public record Row(int line, List<String> fields) {
    }

    /** Reads every record of a UTF-8 CSV file (a leading byte-order mark is ignored). */
    public static List<Row> read(Path file) throws IOException, CorpusException {
        try (Records records = open(file)) {
            List<Row> rows = new ArrayList<>();
            for (Row row = records.next(); row != null; row = records.next()) {
                rows.add(row);
            }
            return rows;
        }
    }

    /**
     * Opens a UTF-8 CSV file for reading one record at a time (a leading byte-order mark is
     * ignored), so that a file of any size can be read in little memory.
     */
    public static Records open(Path file) throws IOException {
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        return new Records(reader, file, true);
    }

    static List<Row> parse(String text, Path file) throws CorpusException {
        try (Records records = new Records(new StringReader(text), file, false)) {
            List<Row> rows = new ArrayList<>();
            for (Row row = records.next(); row != null; row = records.next()) {
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }

    /** The records of one CSV text, read on demand; problems name the file and line. */
    public static final class Records implements Closeable {
        private static final int NOTHING = -2;

        private final Reader in;
        private final Path file;
        private int line = 1;
        private int pushedBack = NOTHING;

        private Records(Reader in, Path file, boolean skipByteOrderMark) throws IOException {
            this.in = in;
            this.file = file;
            if (skipByteOrderMark && peek() == '\uFEFF') {
                read();
            }
        }

        /** The next record, or null at the end of the text. */
        public Row next() throws IOException, CorpusException {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int rowLine = line;
            boolean rowHasContent = false;
            while (true) {
                int c = read();
                if (c < 0) {
                    if (rowHasContent || field.length() > 0) {
                        fields.add(field.toString());
                        return new Row(rowLine, List.copyOf(fields));
                    }
                    return null;
                }
                if (c == '"' && field.length() == 0) {
                    readQuoted(field);
                    rowHasContent = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    rowHasContent = true;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && peek() == '\n') {
                        read();
                    }
                    line++;
                    if (rowHasContent || field.length() > 0) {
                        fields.add(field.toString());
                        return new Row(rowLine, List.copyOf(fields));
                    }
                    rowLine = line;
                } else {
                    if (c == '"') {
                        throw new CorpusException(file, line, "quote inside an unquoted field (quote the whole field and double the quote)");
                    }
                    field.append((char) c);
                    rowHasContent = true;
                }
            }
        }

        /** Reads a quoted field after its opening quote, up to and including the closing one. */
        private void readQuoted(StringBuilder field) throws IOException, CorpusException {
            int quoteLine = line;
            while (true) {
                int q = read();
                if (q < 0) {
                    throw new CorpusException(file, quoteLine, "unterminated quoted field");
                }
                if (q == '"') {
                    if (peek() == '"') {
                        read();
                        field.append('"');
                        continue;
                    }
                    break;
                }
                if (q == '\n') {
                    line++;
                }
                field.append((char) q);
            }
            int after = peek();
            if (after >= 0 && after != ',' && after != '\r' && after != '\n') {
                throw new CorpusException(file, line, "unexpected character after closing quote");
            }
        }

        private int read() throws IOException {
            if (pushedBack != NOTHING) {
                int c = pushedBack;
                pushedBack = NOTHING;
                return c;
            }
            return in.read();
        }

        private int peek() throws IOException {
            if (pushedBack == NOTHING) {
                pushedBack = in.read();
            }
            return pushedBack;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** The field as RFC 4180 wants it: quoted when it holds a comma, quote, CR or LF. */
    public static String quote(String field) {
        boolean needsQuotes = false;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                needsQuotes = true;
                break;
            }
        }
        if (!needsQuotes) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}

package io.github.doctagger.corpus;

import java.io.IOException;
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
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(text, file);
    }

    static List<Row> parse(String text, Path file) throws CorpusException {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        int i = 0;
        int n = text.length();
        boolean rowHasContent = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                int quoteLine = line;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new CorpusException(file, quoteLine, "unterminated quoted field");
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n') {
                        line++;
                    }
                    field.append(q);
                    i++;
                }
                rowHasContent = true;
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    throw new CorpusException(file, line, "unexpected character after closing quote");
                }
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                rowHasContent = true;
                i++;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                i++;
                if (rowHasContent || field.length() > 0) {
                    fields.add(field.toString());
                    rows.add(new Row(rowLine, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                rowHasContent = false;
                line++;
                rowLine = line;
            } else {
                if (c == '"') {
                    throw new CorpusException(file, line, "quote inside an unquoted field (quote the whole field and double the quote)");
                }
                field.append(c);
                rowHasContent = true;
                i++;
            }
        }
        if (rowHasContent || field.length() > 0) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        return rows;
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

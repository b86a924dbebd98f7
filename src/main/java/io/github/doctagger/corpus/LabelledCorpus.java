package io.github.doctagger.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Seeds and their labels, validated as a whole before any training starts: every problem
 * (duplicate rows, missing files, paths escaping the seeds folder, unknown categories,
 * malformed rows) is collected with its file and line and reported together.
 *
 * @param seeds     the seeds folder
 * @param taxonomy  the categories (from categories.csv, or the labels seen when there is none)
 * @param documents documents sorted by id
 * @param warnings  things worth telling the user that do not stop training
 */
public record LabelledCorpus(Path seeds, Taxonomy taxonomy, List<LabelledDocument> documents, List<String> warnings) {

    /** The header every label file starts with. */
    public static final List<String> HEADER = List.of("document", "labels");

    /**
     * The label files of a labels folder: every {@code *.csv} except {@code categories.csv},
     * sorted by name.
     */
    public static List<Path> defaultLabelFiles(Path labelsDir) throws IOException {
        if (!Files.isDirectory(labelsDir)) {
            throw new IOException("labels folder not found: " + labelsDir);
        }
        try (Stream<Path> files = Files.list(labelsDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .filter(p -> !p.getFileName().toString().equals(Taxonomy.FILE_NAME))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }

    /**
     * Loads and validates.
     *
     * @param taxonomy the categories, or null to take the sorted set of labels used
     */
    public static LabelledCorpus load(Path seeds, List<Path> labelFiles, Taxonomy taxonomy)
            throws IOException, CorpusException {
        if (!Files.isDirectory(seeds)) {
            throw new CorpusException(List.of("seeds folder not found: " + seeds));
        }
        if (labelFiles.isEmpty()) {
            throw new CorpusException(List.of("no label files given (expected *.csv files with header document,labels)"));
        }
        Path root = seeds.toAbsolutePath().normalize();
        List<String> problems = new ArrayList<>();
        Map<String, String> firstSeen = new HashMap<>();
        Map<String, LabelledDocument> documents = new TreeMap<>();
        Set<String> used = new TreeSet<>();
        for (Path labelFile : labelFiles) {
            List<Csv.Row> rows;
            try {
                rows = Csv.read(labelFile);
            } catch (CorpusException e) {
                problems.addAll(e.problems());
                continue;
            }
            if (rows.isEmpty() || !rows.get(0).fields().equals(HEADER)) {
                problems.add(CorpusException.location(labelFile, 1) + "expected the header document,labels");
                continue;
            }
            for (Csv.Row row : rows.subList(1, rows.size())) {
                String where = CorpusException.location(labelFile, row.line());
                readRow(row, where, root, taxonomy, problems, firstSeen, documents, used);
            }
        }
        if (!problems.isEmpty()) {
            throw new CorpusException(problems);
        }
        if (documents.isEmpty()) {
            throw new CorpusException(List.of("the label files list no documents: " + labelFiles));
        }
        Taxonomy effective = taxonomy != null ? taxonomy : Taxonomy.ofIds(used);
        List<String> warnings = new ArrayList<>();
        for (Category c : effective.categories()) {
            if (!used.contains(c.id())) {
                warnings.add("category '" + c.id() + "' has no seed documents: the model will never assign it");
            }
        }
        return new LabelledCorpus(seeds, effective, List.copyOf(documents.values()), warnings);
    }

    private static void readRow(Csv.Row row, String where, Path root, Taxonomy taxonomy, List<String> problems,
                                Map<String, String> firstSeen, Map<String, LabelledDocument> documents, Set<String> used) {
        if (row.fields().size() != 2) {
            problems.add(where + "expected 2 fields (document,labels), found " + row.fields().size());
            return;
        }
        String id = row.fields().get(0).strip();
        if (id.isEmpty()) {
            problems.add(where + "empty document path");
            return;
        }
        Path relative;
        try {
            relative = Path.of(id).normalize();
        } catch (RuntimeException e) {
            problems.add(where + "invalid document path '" + id + "'");
            return;
        }
        Path file = root.resolve(relative).normalize();
        if (relative.isAbsolute() || id.contains("\\") || !file.startsWith(root) || file.equals(root)) {
            problems.add(where + "document path '" + id + "' is outside the seeds folder " + root);
            return;
        }
        String key = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
        String previous = firstSeen.putIfAbsent(key, where);
        if (previous != null) {
            problems.add(where + "document '" + key + "' is listed twice (first at " + previous.strip() + ")");
            return;
        }
        if (!Files.isRegularFile(file)) {
            problems.add(where + "document '" + key + "' does not exist in " + root);
            return;
        }
        Set<String> labels = new LinkedHashSet<>();
        String field = row.fields().get(1).strip();
        if (!field.isEmpty()) {
            for (String raw : field.split(";", -1)) {
                String label = raw.strip();
                if (!Category.isValidId(label)) {
                    problems.add(where + "invalid category '" + label + "' (labels are ';'-separated ids)");
                    return;
                }
                if (taxonomy != null && taxonomy.find(label).isEmpty()) {
                    problems.add(where + "unknown category '" + label + "' (not in " + Taxonomy.FILE_NAME
                            + "; add it there or fix the label)");
                    return;
                }
                if (!labels.add(label)) {
                    problems.add(where + "category '" + label + "' given twice");
                    return;
                }
            }
        }
        used.addAll(labels);
        documents.put(key, new LabelledDocument(key, file, Collections.unmodifiableSet(new TreeSet<>(labels))));
    }

    /** Category ids in taxonomy order. */
    public List<String> categoryIds() {
        return taxonomy.ids();
    }

    /** True when every document carries exactly one category (20 Newsgroups, say). */
    public boolean singleLabel() {
        return documents.stream().allMatch(d -> d.labels().size() == 1);
    }

    /** A document's decoded text and the SHA-256 of its file. */
    public record SeedText(String text, String sha256) {
    }

    /**
     * Reads and decodes every document, in order, with the same decoding rules as classification.
     * An unreadable, empty or binary seed is an error naming the file.
     */
    public List<SeedText> readTexts(int maxBytes) throws CorpusException {
        List<Object> read = documents.parallelStream().map(d -> {
            try (var in = Files.newInputStream(d.file())) {
                RawDocument raw = RawDocument.read(in, maxBytes, null);
                return (Object) new SeedText(raw.decode().text(), raw.sha256());
            } catch (DocumentException e) {
                return d.file() + ": " + e.problem().code() + ": " + e.getMessage();
            } catch (IOException e) {
                return d.file() + ": unreadable: " + e;
            }
        }).toList();
        List<String> problems = new ArrayList<>();
        List<SeedText> texts = new ArrayList<>(read.size());
        for (Object r : read) {
            if (r instanceof SeedText t) {
                texts.add(t);
            } else {
                problems.add((String) r);
            }
        }
        if (!problems.isEmpty()) {
            throw new CorpusException(problems);
        }
        return texts;
    }
}

package io.github.doctagger.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The categories a model knows, in a fixed order (the order of report columns). */
public final class Taxonomy {
    /** The taxonomy file's name inside a labels folder. */
    public static final String FILE_NAME = "categories.csv";

    private final List<Category> categories;
    /** The ids in order, asked for once per classified document. */
    private final List<String> ids;
    private final Map<String, Category> byId = new LinkedHashMap<>();

    public Taxonomy(List<Category> categories) {
        this.categories = List.copyOf(categories);
        this.ids = this.categories.stream().map(Category::id).toList();
        for (Category c : categories) {
            if (byId.put(c.id(), c) != null) {
                throw new IllegalArgumentException("category listed twice: " + c.id());
            }
        }
    }

    /** A taxonomy made of the given ids in sorted order, for corpora without categories.csv. */
    public static Taxonomy ofIds(Collection<String> ids) {
        List<Category> categories = new ArrayList<>();
        for (String id : new TreeSet<>(ids)) {
            categories.add(new Category(id, id, ""));
        }
        return new Taxonomy(categories);
    }

    /** Reads {@code id,name,description}; every problem is reported with file and line. */
    public static Taxonomy read(Path file) throws IOException, CorpusException {
        List<Csv.Row> rows = Csv.read(file);
        List<String> problems = new ArrayList<>();
        if (rows.isEmpty() || !rows.get(0).fields().equals(List.of("id", "name", "description"))) {
            throw new CorpusException(file, 1, "expected the header id,name,description");
        }
        List<Category> categories = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            String where = CorpusException.location(file, row.line());
            if (row.fields().size() != 3) {
                problems.add(where + "expected 3 fields (id,name,description), found " + row.fields().size());
                continue;
            }
            String id = row.fields().get(0).strip();
            if (!Category.isValidId(id)) {
                problems.add(where + "invalid category id '" + id + "' (no spaces, ';' or ',')");
                continue;
            }
            Integer first = seen.putIfAbsent(id, row.line());
            if (first != null) {
                problems.add(where + "category '" + id + "' already defined on line " + first);
                continue;
            }
            categories.add(new Category(id, row.fields().get(1).strip(), row.fields().get(2).strip()));
        }
        if (categories.isEmpty() && problems.isEmpty()) {
            problems.add(CorpusException.location(file, 0) + "defines no category");
        }
        if (!problems.isEmpty()) {
            throw new CorpusException(problems);
        }
        return new Taxonomy(categories);
    }

    public List<Category> categories() {
        return categories;
    }

    public int size() {
        return categories.size();
    }

    public Optional<Category> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<String> ids() {
        return ids;
    }
}

package io.github.doctagger.report;

import io.github.doctagger.corpus.Category;
import io.github.doctagger.corpus.Taxonomy;
import io.github.doctagger.report.html.Palette;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the reports show a model's categories: in taxonomy order, by name, each in its own colour. */
final class CategoryStyle {
    private final List<String> ids;
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Palette palette;

    CategoryStyle(Taxonomy taxonomy) {
        this.ids = taxonomy.ids();
        for (Category c : taxonomy.categories()) {
            names.put(c.id(), c.name().isBlank() ? c.id() : c.name());
        }
        this.palette = Palette.of(ids);
    }

    /** Category ids in taxonomy order (the order of the score columns). */
    List<String> ids() {
        return ids;
    }

    int size() {
        return ids.size();
    }

    String id(int k) {
        return ids.get(k);
    }

    /** The category's human-readable name (its id when it has none). */
    String name(String id) {
        return names.getOrDefault(id, id);
    }

    String name(int k) {
        return name(ids.get(k));
    }

    String cssClass(String id) {
        return palette.cssClass(id);
    }

    String colour(String id) {
        return palette.colour(id);
    }

    Palette palette() {
        return palette;
    }
}

package io.github.doctagger.model;

/**
 * A term that pushed a document towards a category: its TF-IDF weight in the document times
 * the category's weight for it in the linear model.
 *
 * @param term         the unigram or "first second" bigram
 * @param contribution its share of the category's raw score
 */
public record Evidence(String term, double contribution) {
}

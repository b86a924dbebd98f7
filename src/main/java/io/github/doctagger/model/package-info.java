/** The topic model: Tribuo training, per-category thresholds, scoring, evaluation and persistence. */
package io.github.doctagger.model;

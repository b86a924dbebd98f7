/** Report writers: results.csv, results.jsonl, errors.csv, run.json and the HTML summaries. */
package io.github.doctagger.report;

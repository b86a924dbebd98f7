package io.github.doctagger.spark;

/**
 * What a Spark classification job reads and writes. Paths are Hadoop paths ({@code file://},
 * {@code hdfs://}, {@code s3a://}; without a scheme, the cluster's default file system).
 *
 * @param model       model directory
 * @param input       folder of documents, read recursively; a document's id is its path below it
 * @param output      folder to create for the reports; it must not exist yet
 * @param partitions  partitions to classify in, 0 for three per executor core
 * @param maxBytes    bytes of a document that are classified; the rest is hashed only
 * @param commandLine the command as given, for run.json
 */
public record SparkJobOptions(String model, String input, String output, int partitions, int maxBytes,
                              String commandLine) {
    public SparkJobOptions {
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be 0 (automatic) or more, was " + partitions);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("--max-bytes must be positive, was " + maxBytes);
        }
    }
}

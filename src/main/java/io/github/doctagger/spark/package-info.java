/** The Spark engine: the classification core run as a Spark job over any Hadoop-compatible path. */
package io.github.doctagger.spark;

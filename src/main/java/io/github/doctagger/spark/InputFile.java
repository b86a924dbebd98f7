package io.github.doctagger.spark;

import java.io.Serializable;

/**
 * A file found under the input folder, as the driver listed it.
 *
 * @param document its path below the input folder, '/' separators (the document id)
 * @param uri      where to read it: its Hadoop path as a URI
 * @param length   its size when listed
 */
record InputFile(String document, String uri, long length) implements Serializable {
}

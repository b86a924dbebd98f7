/** Reading documents: seeds, label files, the taxonomy, and raw bytes decoded to text. */
package io.github.doctagger.corpus;

package io.github.doctagger.corpus;

/**
 * A document's text and how it was obtained.
 *
 * @param text      the decoded text (a byte-order mark removed)
 * @param charset   the encoding used: UTF-8, UTF-8-BOM, UTF-16LE, UTF-16BE or windows-1252
 * @param truncated true when only the first part of a large file was decoded
 */
public record DecodedText(String text, String charset, boolean truncated) {
}

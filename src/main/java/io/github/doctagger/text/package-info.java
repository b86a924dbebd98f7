/** Text features: tokenisation, n-gram hashing, the vocabulary and TF-IDF vectors. */
package io.github.doctagger.text;

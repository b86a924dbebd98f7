/** The command line: argument parsing and output only, over the core API. */
package io.github.doctagger.cli;

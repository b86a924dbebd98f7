/** Batch runs: walking input folders, parallel classification, the run ledger, locking and resuming. */
package io.github.doctagger.batch;

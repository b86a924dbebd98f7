package io.github.doctagger.corpus;

/** A single document that cannot be turned into text; the batch records it and goes on. */
public final class DocumentException extends Exception {
    private final DocumentProblem problem;

    public DocumentException(DocumentProblem problem, String detail) {
        super(detail);
        this.problem = problem;
    }

    public DocumentProblem problem() {
        return problem;
    }
}

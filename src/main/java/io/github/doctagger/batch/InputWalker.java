package io.github.doctagger.batch;

import io.github.doctagger.corpus.DocumentProblem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks an input folder lazily, in the order of the documents' relative paths, holding only
 * one sorted directory listing per level in memory. Directories are sorted as "name/" so the
 * depth-first order equals plain string order of the full paths.
 *
 * <p>Links: a link to a file inside the input folder is read as that file; a link leading
 * outside, a dangling or looping link is reported as a problem; links to directories are not
 * followed (their files are reached through their real place, and loops cannot happen).
 * FIFOs, sockets and devices are reported as problems and never opened. A folder that cannot be
 * listed is reported as a problem under its own name ending in '/', since its files cannot be.
 */
public final class InputWalker implements Iterator<InputEntry> {
    private static final Logger LOG = LoggerFactory.getLogger(InputWalker.class);

    private final Path root;
    private final Path realRoot;
    private final Path excluded;
    /** The excluded folder's identity (device and inode): it matches whatever path names the folder. */
    private final Object excludedKey;
    private final Deque<Level> stack = new ArrayDeque<>();
    private InputEntry next;

    /** What a directory entry is, its link not followed. */
    private enum Kind { DIRECTORY, FILE, LINK, OTHER, UNREADABLE }

    /**
     * A directory entry, kept small because a drop folder may hold hundreds of thousands: its
     * sort key (the name, with '/' appended for a directory) and its kind.
     */
    private record Child(String key, Kind kind) {
        String name() {
            return kind == Kind.DIRECTORY ? key.substring(0, key.length() - 1) : key;
        }
    }

    private record Level(String prefix, Path dir, Iterator<Child> children) {
    }

    /**
     * @param root     the input folder
     * @param excluded a folder below root to leave out (the reports folder), or null
     */
    public InputWalker(Path root, Path excluded) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
        this.excluded = excluded == null ? null : excluded.toAbsolutePath().normalize();
        this.excludedKey = this.excluded == null || !Files.isDirectory(this.excluded) ? null
                : Files.readAttributes(this.excluded, BasicFileAttributes.class).fileKey();
        stack.push(new Level("", this.root, list(this.root).iterator()));
    }

    /** The entries of {@code dir} in key order, without the excluded folder. */
    private List<Child> list(Path dir) throws IOException {
        List<Child> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                String name = p.getFileName().toString();
                Kind kind;
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (a.isDirectory() && isExcluded(p, a)) {
                        continue;
                    }
                    kind = a.isDirectory() ? Kind.DIRECTORY : a.isRegularFile() ? Kind.FILE
                            : a.isSymbolicLink() ? Kind.LINK : Kind.OTHER;
                } catch (NoSuchFileException vanished) {
                    continue;
                } catch (IOException e) {
                    kind = Kind.UNREADABLE;
                }
                children.add(new Child(kind == Kind.DIRECTORY ? name + "/" : name, kind));
            }
        }
        children.sort(Comparator.comparing(Child::key));
        return children;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !stack.isEmpty()) {
            Level level = stack.peek();
            if (!level.children().hasNext()) {
                stack.pop();
                continue;
            }
            next = visit(level, level.children().next());
        }
        return next != null;
    }

    @Override
    public InputEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputEntry entry = next;
        next = null;
        return entry;
    }

    private InputEntry visit(Level level, Child child) {
        String document = level.prefix() + child.name();
        Path path = level.dir().resolve(child.name());
        return switch (child.kind()) {
            case FILE -> new InputEntry(document, path, null, null);
            case LINK -> followLink(document, path);
            case OTHER -> new InputEntry(document, path, DocumentProblem.NOT_REGULAR,
                    "not a regular file (FIFO, socket or device): not read");
            case UNREADABLE -> new InputEntry(document, path, DocumentProblem.UNREADABLE, "cannot read its attributes");
            case DIRECTORY -> descend(document, path);
        };
    }

    /** Pushes the folder's listing; null, or a problem when it cannot be listed. */
    private InputEntry descend(String document, Path dir) {
        try {
            stack.push(new Level(document + "/", dir, list(dir).iterator()));
        } catch (NoSuchFileException vanished) {
            return null;
        } catch (IOException e) {
            String reason = e instanceof AccessDeniedException ? "permission denied" : e.toString();
            LOG.warn("cannot list folder {}: {}", dir, reason);
            return new InputEntry(document + "/", dir, DocumentProblem.UNREADABLE,
                    "cannot list the folder (" + reason + "): its files were not classified");
        }
        return null;
    }

    private boolean isExcluded(Path dir, BasicFileAttributes a) {
        if (excluded == null) {
            return false;
        }
        return excludedKey != null ? excludedKey.equals(a.fileKey()) : dir.toAbsolutePath().normalize().equals(excluded);
    }

    private InputEntry followLink(String document, Path link) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            return new InputEntry(document, link, DocumentProblem.LINK, "dangling or looping symbolic link");
        }
        if (!target.startsWith(realRoot)) {
            return new InputEntry(document, link, DocumentProblem.LINK,
                    "symbolic link to " + target + ", outside the input folder: not followed");
        }
        if (Files.isDirectory(target)) {
            LOG.info("not following the link to a folder {} (its files are read where they are)", document);
            return null;
        }
        if (!Files.isRegularFile(target)) {
            return new InputEntry(document, link, DocumentProblem.NOT_REGULAR,
                    "symbolic link to something that is not a regular file: not read");
        }
        return new InputEntry(document, target, null, null);
    }

    /** The input folder as given, absolute. */
    public Path root() {
        return root;
    }
}

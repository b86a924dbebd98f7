package io.github.doctagger.spark;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lists the input folder on the driver and cuts the files, in document order, into contiguous
 * slices of about equal work: one slice per partition.
 *
 * <p>Why not {@code binaryFiles}: each of its records serialises the whole combined split and the
 * Hadoop configuration, so its cost per file grows with the number of files in a split (50,000
 * small files did not finish in 10 minutes on two cores), and Hadoop's input formats skip names
 * starting with '.' or '_', which local runs classify. Listing the folders on the driver and reading each file with {@link FileSystem#open} costs one open per file, sees every file a
 * local run sees, and gives partitions in document order, so the reports come out sorted
 * without a shuffle.
 */
final class InputListing {
    /**
     * What opening a file costs, in bytes read: a slice of many small files is as much work as
     * a slice of a few large ones.
     */
    static final long OPEN_COST_BYTES = 16 << 10;

    private InputListing() {
    }

    /**
     * Every file below {@code root} (qualified), recursively, in document order. It walks the
     * folders with {@link FileSystem#listStatus} rather than {@code listFiles}, whose located
     * statuses make Hadoop's local file system run {@code ls} once per file for permissions.
     */
    static List<InputFile> list(FileSystem fs, Path root) throws IOException {
        String prefix = root.toString().endsWith("/") ? root.toString() : root + "/";
        List<InputFile> files = new ArrayList<>();
        Deque<Path> folders = new ArrayDeque<>(List.of(root));
        while (!folders.isEmpty()) {
            for (FileStatus status : fs.listStatus(folders.pop())) {
                if (status.isDirectory()) {
                    folders.push(status.getPath());
                    continue;
                }
                String path = status.getPath().toString();
                String document = path.startsWith(prefix) ? path.substring(prefix.length()) : path;
                files.add(new InputFile(document, status.getPath().toUri().toString(), status.getLen()));
            }
        }
        files.sort(Comparator.comparing(InputFile::document));
        return files;
    }

    /** Cuts {@code files} into at most {@code partitions} contiguous slices of about equal bytes plus open costs. */
    static List<List<InputFile>> slices(List<InputFile> files, int partitions) {
        double total = 0;
        for (InputFile file : files) {
            total += file.length() + OPEN_COST_BYTES;
        }
        List<List<InputFile>> slices = new ArrayList<>();
        List<InputFile> slice = new ArrayList<>();
        double done = 0;
        int index = 0;
        for (InputFile file : files) {
            int belongs = (int) Math.min(partitions - 1, Math.floor(done * partitions / total));
            if (belongs != index && !slice.isEmpty()) {
                slices.add(slice);
                slice = new ArrayList<>();
            }
            index = belongs;
            slice.add(file);
            done += file.length() + OPEN_COST_BYTES;
        }
        if (!slice.isEmpty()) {
            slices.add(slice);
        }
        return slices;
    }
}

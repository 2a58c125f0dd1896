package dev.samachar.ingest;

import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A run's files, held compactly for as long as the run lasts: each folder once, and per file only its name.
 * A listed {@link Path} caches its string form and parsed offsets once the run has used it, which for
 * 100,000 files is tens of megabytes kept alive to the end; here each {@link #get} builds the path afresh
 * (from the very bytes of the folder and name, so names in any encoding come back as they were).
 */
final class FileList extends AbstractList<Path> implements RandomAccess {

    private final Path[] folders;
    private final int[] folderOf;
    private final Path[] names;

    /** @param files absolute, normalised paths of files (each has a folder), in the order to keep */
    FileList(Collection<Path> files) {
        Map<Path, Integer> folderIds = new HashMap<>();
        List<Path> folderList = new ArrayList<>();
        folderOf = new int[files.size()];
        names = new Path[files.size()];
        int i = 0;
        for (Path file : files) {
            Path folder = file.getParent();
            Integer id = folderIds.get(folder);
            if (id == null) {
                id = folderList.size();
                folderIds.put(folder, id);
                folderList.add(folder);
            }
            folderOf[i] = id;
            names[i] = file.getFileName();
            i++;
        }
        folders = folderList.toArray(Path[]::new);
    }

    @Override
    public Path get(int index) {
        return folders[folderOf[index]].resolve(names[index]);
    }

    @Override
    public int size() {
        return names.length;
    }
}

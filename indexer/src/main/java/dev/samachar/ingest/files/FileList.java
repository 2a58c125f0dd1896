package dev.samachar.ingest.files;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A run's files, held compactly for as long as the run lasts: each folder once, and per file the bytes of
 * its name in one shared array (about 25 bytes a file instead of a {@link Path} object, its bytes, and the
 * string and offsets it caches once used). {@link #get} builds each path afresh. A name that would not come
 * back as the same path from its string (bytes that are not valid in the platform's file name encoding) is
 * kept as the {@link Path} it was.
 */
final class FileList extends AbstractList<Path> implements RandomAccess {

    private final Path[] folders;
    private final int[] folderOf;
    /** Name i is {@code names[nameAt[i] .. nameAt[i + 1])}, UTF-8. */
    private final int[] nameAt;

    private final byte[] names;
    private final Map<Integer, Path> asGiven = new HashMap<>();

    /** @param files absolute, normalised paths of files (each has a folder), in the order to keep */
    FileList(Collection<Path> files) {
        Map<Path, Integer> folderIds = new HashMap<>();
        List<Path> folderList = new ArrayList<>();
        folderOf = new int[files.size()];
        nameAt = new int[files.size() + 1];
        byte[] bytes = new byte[Math.max(16, files.size() * 24)];
        int used = 0;
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
            String name = file.getFileName().toString();
            byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
            if (!new String(utf8, StandardCharsets.UTF_8).equals(name)
                    || !folder.resolve(name).equals(file)) {
                asGiven.put(i, file);
                utf8 = new byte[0];
            }
            if (used + utf8.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + utf8.length));
            }
            System.arraycopy(utf8, 0, bytes, used, utf8.length);
            used += utf8.length;
            nameAt[++i] = used;
        }
        folders = folderList.toArray(Path[]::new);
        names = Arrays.copyOf(bytes, used);
    }

    @Override
    public Path get(int index) {
        if (!asGiven.isEmpty() && asGiven.containsKey(index)) {
            return asGiven.get(index);
        }
        String name = new String(names, nameAt[index], nameAt[index + 1] - nameAt[index], StandardCharsets.UTF_8);
        return folders[folderOf[index]].resolve(name);
    }

    @Override
    public int size() {
        return folderOf.length;
    }
}
